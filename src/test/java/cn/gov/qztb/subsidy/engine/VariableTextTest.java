package cn.gov.qztb.subsidy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VariableTextTest {

  @Test
  void aShortListIsShownWhole() {
    assertThat(VariableText.lines(List.of("甲", "乙"), "见文件")).isEqualTo("甲\n乙");
  }

  @Test
  void aLongListIsCutBelowTheColumnAndSaysHowMuchIsLeftOut() {
    List<String> lines = IntStream.rangeClosed(1, 10_000).mapToObj(i -> String.format("NSC-2024-%06d　企业%d　30,000.00 元", i, i))
        .toList();
    String text = VariableText.lines(lines, "明细见拨付文件");
    int shown = (int) text.lines().filter(line -> line.startsWith("NSC-")).count();
    assertThat(text.length()).isLessThanOrEqualTo(4000);
    assertThat(text).startsWith("NSC-2024-000001　").endsWith("……另有" + (10_000 - shown) + "项未显示（共10000项），明细见拨付文件");
    assertThat(shown).isBetween(50, 200);
  }
}
