package cn.gov.qztb.subsidy.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The channels: e-mail over SMTP when {@code spring.mail.host} is set (Spring Boot then makes the
 * {@link JavaMailSender}), otherwise e-mail written to the log; SMS written to the log until the
 * zone's SMS gateway is connected here.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfig {

  @Bean
  @ConditionalOnProperty(prefix = "spring.mail", name = "host")
  NotificationChannel mailChannel(JavaMailSender sender,
      @Value("${subsidy.notifications.mail-from:noreply@qztb.example.gov.cn}") String from) {
    return new MailChannel(sender, from);
  }

  @Bean
  @Conditional(NoMailHost.class)
  NotificationChannel loggingMailChannel() {
    return new LoggingMailChannel();
  }

  @Bean
  NotificationChannel smsChannel() {
    return new LoggingSmsChannel();
  }

  /** {@code spring.mail.host} is not set: the opposite of Spring Boot's condition for its mail sender. */
  static class NoMailHost extends NoneNestedConditions {

    NoMailHost() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    static class MailHost {}
  }
}
