package cn.gov.qztb.subsidy.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** E-mail over SMTP through Spring's {@link JavaMailSender} (configured by {@code spring.mail.*}), as UTF-8 plain text. */
class MailChannel implements NotificationChannel {

  private final JavaMailSender sender;
  private final String from;

  MailChannel(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public void send(String address, String subject, String body) throws Exception {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(address);
    helper.setSubject(subject);
    helper.setText(body, false);
    sender.send(message);
  }
}
