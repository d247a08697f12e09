package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.SubsidyProperties;
import cn.gov.qztb.subsidy.application.ApplicationEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An application's history as one text for the forms' 办理记录 field: one line per event, oldest
 * first, a corrected filing followed by what it changed. Kept under the engine's 4,000-character
 * limit for a text variable by leaving out the oldest entries (the full history stays in the
 * database).
 */
@Component
public class HistoryText {

  static final int MAX_LENGTH = 3900;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ZoneId zone;

  public HistoryText(SubsidyProperties properties) {
    this.zone = properties.zone();
  }

  public String text(List<ApplicationEvent> events) {
    List<String> entries = new ArrayList<>();
    for (ApplicationEvent event : events) {
      entries.add(entry(event));
    }
    int total = entries.size();
    int length = entries.stream().mapToInt(entry -> entry.length() + 1).sum();
    while (length > MAX_LENGTH && entries.size() > 1) {
      length -= entries.remove(0).length() + 1;
    }
    String text = String.join("\n", entries);
    if (entries.size() < total) {
      text = "（共" + total + "条记录，此处显示最近" + entries.size() + "条）\n" + text;
    }
    return text.length() <= MAX_LENGTH + 40 ? text : text.substring(text.length() - MAX_LENGTH);
  }

  private String entry(ApplicationEvent event) {
    StringBuilder line = new StringBuilder()
        .append(TIME.format(event.getAt().atZone(zone)))
        .append("  ").append(event.getStep().title()).append(" · ").append(event.getAction().label());
    if (event.getActor() != null) {
      line.append("（").append(event.getActor()).append("）");
    }
    if (event.getComment() != null) {
      line.append("：").append(event.getComment());
    }
    if (event.getChanges() != null) {
      line.append("\n    修改内容：").append(event.getChanges().replace("\n", "；"));
    }
    return line.toString();
  }
}
