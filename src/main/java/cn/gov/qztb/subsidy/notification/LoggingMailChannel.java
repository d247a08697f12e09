package cn.gov.qztb.subsidy.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail when no SMTP server is configured ({@code spring.mail.host} unset, as in the demo): the
 * message is written to the log instead, the address masked, and counts as sent.
 */
class LoggingMailChannel implements NotificationChannel {

  private static final Logger log = LoggerFactory.getLogger(LoggingMailChannel.class);

  LoggingMailChannel() {
    log.warn("spring.mail.host is not set: e-mail notifications are written to this log, not sent");
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public void send(String address, String subject, String body) {
    log.info("邮件（未发送，仅记录） {}「{}」：{}", Masks.email(address), subject, body);
  }
}
