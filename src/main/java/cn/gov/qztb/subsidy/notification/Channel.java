package cn.gov.qztb.subsidy.notification;

/** How a message reaches its recipient: the contact's e-mail or mobile number. */
public enum Channel {
  EMAIL,
  SMS
}
