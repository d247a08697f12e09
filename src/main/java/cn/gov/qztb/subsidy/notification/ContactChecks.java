package cn.gov.qztb.subsidy.notification;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a contact as sent, whatever the client: e-mail by Hibernate Validator's {@link Email}
 * with a dotted domain, in ASCII (what the mail channel delivers) and at most 254 characters;
 * mobile numbers of mainland China ({@code 1[3-9]} and nine digits). Nothing is rewritten:
 * spaces, full-width characters or separators are refused, not removed. Each problem names its
 * field in Chinese.
 */
@Component
class ContactChecks {

  static final int EMAIL_MAX = 254;
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Set<String> FIELDS = Set.of("email", "mobile");

  /** The values read (null when empty) and every problem found. */
  record Checked(String email, String mobile, List<String> problems) {}

  /** What {@link Email} is checked on. */
  static final class EmailAddress {
    @Email String value;
  }

  private final Validator validator;

  ContactChecks(Validator validator) {
    this.validator = validator;
  }

  Checked read(Map<String, ?> input) {
    List<String> problems = new ArrayList<>();
    input.keySet().stream().filter(key -> !FIELDS.contains(key)).sorted()
        .forEach(key -> problems.add("「" + shorten(key) + "」不是可设置的字段，只能设置电子邮箱（email）和手机号码（mobile）"));
    String email = text(input.get("email"), "email", "电子邮箱", problems);
    if (email != null) {
      if (email.length() > EMAIL_MAX) {
        problems.add(field("email", "电子邮箱") + "不能超过" + EMAIL_MAX + "个字符（收到" + email.length() + "个）");
      } else if (email.chars().anyMatch(c -> c > 0x7E)) {
        problems.add(field("email", "电子邮箱") + "只能含英文字母、数字和符号，不能含汉字或全角字符" + received(email));
      } else if (!validEmail(email)) {
        problems.add(field("email", "电子邮箱") + "不是有效的电子邮箱地址，应如 zhangsan@example.com" + received(email));
      }
    }
    String mobile = text(input.get("mobile"), "mobile", "手机号码", problems);
    if (mobile != null && !MOBILE.matcher(mobile).matches()) {
      problems.add(field("mobile", "手机号码") + "应为11位手机号码，以1开头、第二位为3至9，只含数字（如13812345678），不加+86、空格或横线"
          + received(mobile));
    }
    return new Checked(email, mobile, List.copyOf(problems));
  }

  private boolean validEmail(String email) {
    int at = email.lastIndexOf('@');
    boolean dottedDomain = at > 0 && email.indexOf('.', at) > at + 1 && !email.endsWith(".");
    return dottedDomain && validator.validateValue(EmailAddress.class, "value", email).isEmpty();
  }

  /** The text as sent, null when absent or empty; refused (null) when not text or with spaces or invisible characters. */
  private static String text(Object raw, String name, String label, List<String> problems) {
    if (raw == null || "".equals(raw)) {
      return null;
    }
    if (!(raw instanceof String text)) {
      problems.add(field(name, label) + "应为文字（用引号括起）" + received(String.valueOf(raw)));
      return null;
    }
    if (text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
      problems.add(field(name, label) + "不能含有空格、换行或不可见字符" + received(text));
      return null;
    }
    return text;
  }

  private static String field(String name, String label) {
    return "「" + label + "」（" + name + "）";
  }

  private static String received(String raw) {
    return "（收到：" + shorten(raw) + "）";
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
