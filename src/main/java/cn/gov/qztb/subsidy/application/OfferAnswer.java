package cn.gov.qztb.subsidy.application;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.program.FilingReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The enterprise's answer to an offer (确认申领), checked on the server whichever client sent it. */
public record OfferAnswer(Decision decision, String comment) {

  public static final String DECISION = "offerDecision";
  public static final String COMMENT = "offerComment";
  static final int MAX_COMMENT_LENGTH = 1000;

  public enum Decision {
    ACCEPT("确认申领", ApplicationEvent.Action.OFFER_ACCEPTED),
    DISPUTE("数据有误", ApplicationEvent.Action.OFFER_DISPUTED),
    DECLINE("不申领", ApplicationEvent.Action.OFFER_DECLINED);

    private final String label;
    private final ApplicationEvent.Action action;

    Decision(String label, ApplicationEvent.Action action) {
      this.label = label;
      this.action = action;
    }

    public String label() {
      return label;
    }

    ApplicationEvent.Action action() {
      return action;
    }
  }

  /** @throws Refusal naming the decision or comment field that is missing or wrong */
  public static OfferAnswer read(Map<String, Object> variables) {
    List<String> problems = new ArrayList<>();
    Object raw = variables.get(DECISION);
    Decision decision = null;
    String label = "「申领意见」（" + DECISION + "）";
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      problems.add(label + "为必填项");
    } else {
      for (Decision candidate : Decision.values()) {
        if (candidate.name().equals(raw)) {
          decision = candidate;
        }
      }
      if (decision == null) {
        problems.add(label + "不是有效选项，可选：ACCEPT（确认申领）、DISPUTE（数据有误）、DECLINE（不申领）");
      }
    }
    FilingReader reader = new FilingReader(variables);
    String comment = reader.optionalText(COMMENT, "说明", MAX_COMMENT_LENGTH);
    problems.addAll(reader.problems());
    if (decision != null && decision != Decision.ACCEPT && comment == null && reader.problems().isEmpty()) {
      problems.add("「说明」（" + COMMENT + "）选择“" + decision.label() + "”时必须填写理由");
    }
    if (!problems.isEmpty()) {
      throw Refusal.badInput(problems);
    }
    return new OfferAnswer(decision, comment);
  }
}
