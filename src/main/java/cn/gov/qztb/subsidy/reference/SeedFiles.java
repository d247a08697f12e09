package cn.gov.qztb.subsidy.reference;

import cn.gov.qztb.subsidy.SubsidyProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Reads the plain YAML and CSV files under seeds/ that district clerks edit. */
@Component
public class SeedFiles {

  private final String location;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
  private final ObjectMapper yaml =
      JsonMapper.builder(new YAMLFactory())
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();
  private final CsvMapper csv = new CsvMapper();

  public SeedFiles(SubsidyProperties properties) {
    this.location = properties.seedsLocation().endsWith("/") ? properties.seedsLocation() : properties.seedsLocation() + "/";
  }

  public <T> List<T> yamlList(String path, Class<T> type) {
    JavaType listType = yaml.getTypeFactory().constructCollectionType(List.class, type);
    return read(path, in -> yaml.readValue(in, listType));
  }

  public <T> List<T> csvRows(String path, Class<T> type) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    return read(path, in -> csv.readerFor(type).with(schema).<T>readValues(in).readAll());
  }

  /** The seed file's bytes as a stream; the caller closes it. */
  public InputStream open(String path) throws IOException {
    return resolver.getResource(location + path).getInputStream();
  }

  public boolean exists(String path) {
    return resolver.getResource(location + path).exists();
  }

  /** The files matching a pattern such as {@code policy/*.yaml}, sorted by name. */
  public List<Resource> matching(String pattern) {
    try {
      Resource[] found = resolver.getResources(location + pattern);
      return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed file " + resource, e);
    }
  }

  public ObjectMapper yamlMapper() {
    return yaml;
  }

  private <T> T read(String path, Reader<T> reader) {
    Resource resource = resolver.getResource(location + path);
    try (InputStream in = resource.getInputStream()) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed file " + location + path + ": " + e.getMessage(), e);
    }
  }

  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }
}
