package cn.gov.qztb.subsidy.reference;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet; the last
 * is a check character over the first 17.
 */
public final class CreditCode {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CreditCode() {}

  public static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    int check = checkIndex(code.substring(0, 17));
    return check >= 0 && code.charAt(17) == ALPHABET.charAt(check);
  }

  /** The check character that completes 17 characters to a valid code. */
  public static char checkCharacter(String first17) {
    int check = checkIndex(first17);
    if (first17.length() != 17 || check < 0) {
      throw new IllegalArgumentException("需要17位有效字符：" + first17);
    }
    return ALPHABET.charAt(check);
  }

  private static int checkIndex(String first17) {
    int sum = 0;
    for (int i = 0; i < first17.length() && i < 17; i++) {
      int value = ALPHABET.indexOf(first17.charAt(i));
      if (value < 0) {
        return -1;
      }
      sum += value * WEIGHTS[i];
    }
    return (31 - sum % 31) % 31;
  }

  public static String requireValid(String code) {
    if (!isValid(code)) {
      throw new IllegalArgumentException("统一社会信用代码「" + code + "」不符合GB 32100-2015（长度、字符或校验码错误）");
    }
    return code;
  }
}
