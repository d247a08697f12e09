package cn.gov.qztb.subsidy.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The file types a 申报材料 may be, told by the file's bytes, never by its name: PDF, JPEG, PNG, or
 * OFD (China's fixed-layout format: a zip package with an OFD.xml at its root).
 */
public enum FileType {
  PDF("application/pdf"),
  JPEG("image/jpeg"),
  PNG("image/png"),
  OFD("application/ofd");

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final String contentType;

  FileType(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<FileType> of(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, ZIP_MAGIC) && hasOfdRoot(content)) {
      return Optional.of(OFD);
    }
    return Optional.empty();
  }

  /**
   * Looks for OFD.xml in the zip's central directory (java.util.zip.ZipFile reads only the
   * directory; no entry is inflated, so a zip bomb costs nothing).
   */
  private static boolean hasOfdRoot(byte[] content) {
    Path file = null;
    try {
      file = Files.createTempFile("subsidy-document-", ".zip");
      Files.write(file, content);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        return zip.getEntry("OFD.xml") != null;
      }
    } catch (IOException notAZip) {
      return false;
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          file.toFile().deleteOnExit();
        }
      }
    }
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
