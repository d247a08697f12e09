package cn.gov.qztb.subsidy.application;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.ReviewStage.Outcome;
import cn.gov.qztb.subsidy.program.FilingReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A reviewer's decision and comment, checked on the server whichever client sent them. */
public record ReviewInput(ReviewStage stage, String decision, Outcome outcome, String comment) {

  /** @throws Refusal naming the decision or comment field that is missing or wrong */
  public static ReviewInput read(ReviewStage stage, Map<String, Object> variables) {
    List<String> problems = new ArrayList<>();
    Object rawDecision = variables.get(stage.decisionVariable());
    Object rawComment = variables.get(stage.commentVariable());
    String decisionLabel = "「" + stage.title() + "结论」（" + stage.decisionVariable() + "）";
    String commentLabel = "「" + stage.title() + "意见」（" + stage.commentVariable() + "）";

    String decision = rawDecision instanceof String s ? s.strip() : null;
    Outcome outcome = decision == null ? null : stage.outcomes().get(decision);
    if (rawDecision == null || "".equals(decision)) {
      problems.add(decisionLabel + "为必填项");
    } else if (outcome == null) {
      String options = stage.outcomes().keySet().stream().sorted()
          .map(d -> d + "（" + stage.decisionLabel(d) + "）").collect(Collectors.joining("、"));
      problems.add(decisionLabel + "不是有效选项，可选：" + options + "（收到：" + shorten(String.valueOf(rawDecision)) + "）");
    }

    String comment = null;
    if (rawComment != null && !(rawComment instanceof String)) {
      problems.add(commentLabel + "应为文字");
    } else {
      // text like any filed text: the same checks (length, control characters)
      FilingReader reader = new FilingReader(variables);
      comment = reader.optionalText(stage.commentVariable(), stage.title() + "意见", ReviewStage.MAX_COMMENT_LENGTH);
      problems.addAll(reader.problems());
    }
    if (outcome == Outcome.ADVANCE && stage.confirmsFigures()
        && !Boolean.TRUE.equals(variables.get(ReviewStage.FIGURES_CONFIRMED))) {
      problems.add("「已核对认定依据数据」（" + ReviewStage.FIGURES_CONFIRMED + "）须勾选：请先核对申报内容中的减员率、"
          + "2月/1月用电比例和参保职工人数，再" + stage.decisionLabel(decision));
    }
    if (outcome != null && outcome != Outcome.ADVANCE && comment == null) {
      problems.add(commentLabel + "选择“" + stage.decisionLabel(decision) + "”时必须填写理由");
    }
    if (!problems.isEmpty()) {
      throw Refusal.badInput(problems);
    }
    return new ReviewInput(stage, decision, outcome, comment);
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
