package cn.gov.qztb.subsidy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Prints a benchmark figure and appends it to target/benchmarks.md. */
final class Report {

  static final Path FILE = Path.of("target", "benchmarks.md");

  private Report() {}

  static void row(String benchmark, String setting, String figures) {
    String line = "| " + benchmark + " | " + setting + " | " + figures + " |";
    System.out.println("BENCHMARK " + line);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
