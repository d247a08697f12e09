package cn.gov.qztb.subsidy.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every node polls the outbox every {@code subsidy.notifications.poll} (default 15 seconds); the
 * claim in the database keeps two nodes from sending the same row. Off with
 * {@code subsidy.notifications.dispatch=false} (the tests dispatch themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "subsidy.notifications", name = "dispatch", havingValue = "true", matchIfMissing = true)
class NotificationSchedule {

  private static final Logger log = LoggerFactory.getLogger(NotificationSchedule.class);

  private final NotificationDispatcher dispatcher;

  NotificationSchedule(NotificationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(fixedDelayString = "${subsidy.notifications.poll:PT15S}", initialDelayString = "${subsidy.notifications.poll:PT15S}")
  void dispatch() {
    try {
      int sent = dispatcher.dispatchDue();
      if (sent > 0) {
        log.debug("{} notification(s) sent", sent);
      }
    } catch (RuntimeException e) {
      log.warn("Notification dispatch failed, trying again at the next poll: {}", e.toString());
    }
  }
}
