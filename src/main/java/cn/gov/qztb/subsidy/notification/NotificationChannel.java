package cn.gov.qztb.subsidy.notification;

/**
 * Sends one message of one channel. The dispatcher calls it outside any transaction; a send that
 * throws is tried again later, so an implementation need not retry itself.
 */
public interface NotificationChannel {

  Channel channel();

  void send(String address, String subject, String body) throws Exception;
}
