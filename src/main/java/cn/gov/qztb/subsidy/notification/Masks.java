package cn.gov.qztb.subsidy.notification;

/** Addresses as the log shows them. */
final class Masks {

  private Masks() {}

  /** 13812345678 → 138****5678 */
  static String mobile(String number) {
    if (number == null || number.length() < 8) {
      return "****";
    }
    return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
  }

  /** applicant1@example.com → a***@example.com */
  static String email(String address) {
    int at = address == null ? -1 : address.lastIndexOf('@');
    if (at < 1) {
      return "***";
    }
    return address.substring(0, address.offsetByCodePoints(0, 1)) + "***" + address.substring(at);
  }
}
