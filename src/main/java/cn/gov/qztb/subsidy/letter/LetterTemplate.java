package cn.gov.qztb.subsidy.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * A letter's wording from a plain-text template on the class path: paragraphs separated by blank
 * lines, with placeholders such as {@code ${enterpriseName}}.
 *
 * <p>Values are inserted as text only: a value that itself looks like a placeholder is not resolved
 * again. A paragraph with a placeholder whose value is absent (null) is left out; a placeholder
 * with no value at all is an error in the template.
 */
final class LetterTemplate {

  private static final PropertyPlaceholderHelper PLACEHOLDERS = new PropertyPlaceholderHelper("${", "}");
  /** Stands for the n-th value while placeholders are resolved; private-use characters, never in a template. */
  private static final Pattern SLOT = Pattern.compile("\uE000(\\d+)\uE001");

  private final String name;
  private final List<String> paragraphs;

  private LetterTemplate(String name, List<String> paragraphs) {
    this.name = name;
    this.paragraphs = paragraphs;
  }

  static LetterTemplate load(String resource) {
    try (InputStream in = LetterTemplate.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("letter template " + resource + " is not on the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
      List<String> paragraphs = Arrays.stream(text.split("\n[ \t]*\n+"))
          .map(String::strip).filter(paragraph -> !paragraph.isEmpty()).toList();
      return new LetterTemplate(resource, paragraphs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paragraphs as written, placeholders unresolved. */
  List<String> paragraphs() {
    return paragraphs;
  }

  /** The paragraph with its placeholders filled from values, or empty if one of them has no value. */
  Optional<String> fill(String paragraph, Map<String, String> values) {
    List<String> inserted = new ArrayList<>();
    boolean[] absent = {false};
    String slotted = PLACEHOLDERS.replacePlaceholders(paragraph, placeholder -> {
      if (!values.containsKey(placeholder)) {
        throw new IllegalStateException("letter template " + name + " names an unknown value ${" + placeholder + "}");
      }
      String value = values.get(placeholder);
      if (value == null) {
        absent[0] = true;
        return "";
      }
      inserted.add(value);
      return "\uE000" + (inserted.size() - 1) + "\uE001";
    });
    if (absent[0]) {
      return Optional.empty();
    }
    return Optional.of(SLOT.matcher(slotted)
        .replaceAll(slot -> Matcher.quoteReplacement(inserted.get(Integer.parseInt(slot.group(1))))));
  }
}
