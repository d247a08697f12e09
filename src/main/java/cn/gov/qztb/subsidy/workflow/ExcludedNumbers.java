package cn.gov.qztb.subsidy.workflow;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The application numbers typed to leave out of a list a unit compiles (公示名单, 拨付批次):
 * separated by spaces, commas (, ，), 、 or semicolons. Each is taken as typed; one that is not on
 * the list is refused by the caller, never dropped.
 */
public final class ExcludedNumbers {

  private ExcludedNumbers() {}

  public static Set<String> parse(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return new LinkedHashSet<>(Arrays.stream(text.split("[\\s,，、;；]+")).filter(s -> !s.isEmpty()).toList());
  }
}
