package cn.gov.qztb.subsidy.support;

/** Demo users and enterprises of seeds/demo/ that the tests use. */
public final class Demo {

  public static final String APPLICANT1_ENTERPRISE = "91350521MAF5PJ9637";
  public static final String APPLICANT2_ENTERPRISE = "91350521MAWPDQNQ93";
  public static final String APPLICANT3_ENTERPRISE = "91350521MA8H7LTP19";
  public static final String APPLICANT6_ENTERPRISE = "91350521MAG2PQU65D";

  private Demo() {}
}
