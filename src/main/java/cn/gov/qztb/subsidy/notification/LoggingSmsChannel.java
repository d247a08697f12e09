package cn.gov.qztb.subsidy.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SMS as the demo sends it: written to the log with the number masked (138****5678). The zone's
 * SMS gateway takes its place behind {@link NotificationChannel} (a bean of channel SMS in
 * {@link NotificationConfig}).
 */
class LoggingSmsChannel implements NotificationChannel {

  private static final Logger log = LoggerFactory.getLogger(LoggingSmsChannel.class);

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public void send(String address, String subject, String body) {
    log.info("短信 {}：{}", Masks.mobile(address), body);
  }
}
