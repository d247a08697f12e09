package cn.gov.qztb.subsidy.workflow;

/** Names of the process variables every program's process shares. */
public final class ProcessVariables {

  public static final String APPLICANT_USER_ID = "applicantUserId";
  public static final String APPLICATION_NUMBER = "applicationNumber";
  public static final String PROGRAM_TITLE = "programTitle";
  public static final String POLICY_EDITION = "policyEdition";
  public static final String ENTERPRISE_CODE = "enterpriseCode";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String TOWNSHIP_NAME = "townshipName";
  public static final String APPLICATION_STATUS = "applicationStatus";
  public static final String APPLICATION_STATUS_LABEL = "applicationStatusLabel";
  public static final String FILING_SUMMARY = "filingSummary";
  public static final String ELIGIBLE = "eligible";
  public static final String AWARD_AMOUNT = "awardAmount";
  public static final String ELIGIBILITY_NOTES = "eligibilityNotes";
  public static final String RETURN_COMMENT = "returnComment";
  public static final String RETURNED_BY = "returnedBy";
  public static final String REJECTION_REASON = "rejectionReason";
  public static final String AWARD_RECORD_ID = "awardRecordId";
  public static final String FORM_LABELS = "formLabels";
  public static final String AWARD_AMOUNT_TEXT = "awardAmountText";
  public static final String APPLICATION_HISTORY = "applicationHistory";
  public static final String OVERDUE = "overdue";
  public static final String OVERDUE_NOTE = "overdueNote";
  /** Shown on the forms when the rules' today (业务日期) is not the real date, as in the demo. */
  public static final String BUSINESS_DATE_NOTE = "businessDateNote";
  /** 确认申领: what the system offers, on which clause (免申即享). */
  public static final String OFFER_NOTE = "offerNote";
  /** The filing next to the data holders' figures for its subject, differences flagged. */
  public static final String DATA_COMPARISON = "dataComparison";
  /** Corrections a holder made to figures the application used, for its next reviewer. */
  public static final String DATA_CORRECTIONS = "dataCorrections";

  private ProcessVariables() {}
}
