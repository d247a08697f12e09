package cn.gov.qztb.subsidy.cases;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a user searches for, checked on the server: which cases (open, finished or all), a text
 * (application number or enterprise name, matched literally), a program key, how many.
 */
public record CaseQuery(State state, String text, String programKey, int limit, ApplicationStatus status,
    String townshipCode) {

  public static final int MAX_LIMIT = 500;

  public enum State {
    /** waiting at a step: a draft, a filing under review, a returned filing */
    OPEN,
    /** approved, rejected, discarded or closed */
    FINISHED,
    ALL
  }

  /** @throws Refusal naming each parameter that is wrong */
  public static CaseQuery of(String state, String text, String programKey, String limit) {
    return of(state, text, programKey, limit, null, null);
  }

  /** With the status (an application status such as FILED) and the township code (e.g. dongyuan) too. */
  public static CaseQuery of(String state, String text, String programKey, String limit, String status,
      String township) {
    List<String> problems = new ArrayList<>();
    State parsedState = State.ALL;
    if (state != null && !state.isBlank()) {
      try {
        parsedState = State.valueOf(state.strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        problems.add("「办理状态」（state）应为open（办理中）、finished（已办结）或all（全部）");
      }
    }
    String parsedText = text == null || text.isBlank() ? null : text.strip();
    if (parsedText != null && (parsedText.length() > 64 || parsedText.chars().anyMatch(Character::isISOControl))) {
      problems.add("「查询内容」（q）不超过64个字符，且不含控制字符");
    }
    String parsedProgram = programKey == null || programKey.isBlank() ? null : programKey.strip();
    if (parsedProgram != null && !parsedProgram.matches("[A-Za-z]{1,64}")) {
      problems.add("「奖补项目」（program）不是有效的项目代码");
    }
    int parsedLimit = 100;
    if (limit != null && !limit.isBlank()) {
      if (!limit.strip().matches("[0-9]{1,3}") || Integer.parseInt(limit.strip()) < 1
          || Integer.parseInt(limit.strip()) > MAX_LIMIT) {
        problems.add("「条数」（limit）应为1至" + MAX_LIMIT + "的整数");
      } else {
        parsedLimit = Integer.parseInt(limit.strip());
      }
    }
    ApplicationStatus parsedStatus = null;
    if (status != null && !status.isBlank()) {
      parsedStatus = Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equals(status.strip())).findFirst()
          .orElse(null);
      if (parsedStatus == null) {
        problems.add("「申请状态」（status）不是有效的状态，可选：" + Arrays.stream(ApplicationStatus.values())
            .map(s -> s.name() + "（" + s.label() + "）").collect(Collectors.joining("、")));
      }
    }
    String parsedTownship = township == null || township.isBlank() ? null : township.strip();
    if (parsedTownship != null && !parsedTownship.matches("[a-z]{1,32}")) {
      problems.add("「乡镇」（township）不是有效的乡镇代码");
    }
    if (!problems.isEmpty()) {
      throw Refusal.badInput(problems);
    }
    return new CaseQuery(parsedState, parsedText, parsedProgram, parsedLimit, parsedStatus, parsedTownship);
  }

  /** The text as a LIKE pattern that matches it literally ('%' and '_' typed by the user match themselves). */
  String likePattern() {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
