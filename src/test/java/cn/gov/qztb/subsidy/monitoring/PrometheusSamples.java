package cn.gov.qztb.subsidy.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The samples of a Prometheus text exposition, looked up by metric name and labels. */
record PrometheusSamples(String text) {

  /** The value of the one sample of that name that carries all these labels, if there is one. */
  OptionalDouble value(String name, Map<String, String> labels) {
    List<Double> found = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      String series = line.substring(0, space);
      int brace = series.indexOf('{');
      String metric = brace < 0 ? series : series.substring(0, brace);
      if (!metric.equals(name)) {
        continue;
      }
      String labelText = brace < 0 ? "" : series.substring(brace);
      boolean all = labels.entrySet().stream()
          .allMatch(label -> labelText.contains(label.getKey() + "=\"" + label.getValue() + "\""));
      if (all) {
        found.add(Double.parseDouble(line.substring(space + 1)));
      }
    }
    if (found.size() > 1) {
      throw new AssertionError(found.size() + " samples of " + name + " " + labels);
    }
    return found.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(found.get(0));
  }

  double valueOf(String name, Map<String, String> labels) {
    return value(name, labels).orElseThrow(() -> new AssertionError("no sample " + name + " " + labels + " in:\n" + text));
  }
}
