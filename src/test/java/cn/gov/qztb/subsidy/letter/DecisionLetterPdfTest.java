package cn.gov.qztb.subsidy.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.letter.DecisionLetter.Figure;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The decision letter as the enterprise reads it: the PDF is read back with PDFBox and its text
 * (whitespace removed, since lines wrap anywhere in Chinese) must say exactly what was decided.
 */
class DecisionLetterPdfTest {

  static final DecisionLetterPdf PDF = new DecisionLetterPdf();
  static final List<Figure> FIGURES = List.of(new Figure("日均在岗人数", "62"), new Figure("奖励标准（元/人）", "500.00"));
  static final String REASON = "2024年2月10日至2月17日期间日均在岗人数为18人，未达到第18条规定的30人";

  @Test
  void approvalStatesTheAmountTheFiguresAndTheDecision() throws IOException {
    byte[] pdf = write(letter(Decision.APPROVED, new BigDecimal("30000.00"), FIGURES, "按日均在岗人数核定"));
    String text = text(pdf);

    assertCommonParts(text);
    assertThat(text).contains("准予奖补", "人民币30,000.00元",
        "奖补金额依据以下数据核定：", "项目", "数值", "日均在岗人数62", "奖励标准（元/人）500.00",
        "说明：按日均在岗人数核定", "特此决定。")
        .doesNotContain("不予奖补", "null", "${");
    assertThat(text.indexOf("人民币30,000.00元")).isLessThan(text.indexOf("日均在岗人数"));
    assertThat(text.indexOf("区科技经济发展局")).isGreaterThan(text.indexOf("特此决定。"));
  }

  @Test
  void rejectionStatesItsReasonAndNoAmount() throws IOException {
    String text = text(write(letter(Decision.REJECTED, null, List.of(new Figure("日均在岗人数", "18")), REASON)));

    assertCommonParts(text);
    assertThat(text).contains("不予奖补", "不符合泉台管办发明电〔2024〕3号文件第18条规定的条件", "理由：" + REASON,
        "日均在岗人数18", "如不服本决定，可以依法申请行政复议或者提起行政诉讼。")
        .doesNotContain("人民币", "30,000.00", "准予奖补", "null", "${");
  }

  @Test
  void withdrawalStatesThatTheApplicantWithdrewAndNothingIsAwarded() throws IOException {
    String text = text(write(letter(Decision.WITHDRAWN, null, List.of(), "企业于2024年4月12日申请撤回")));

    assertCommonParts(text);
    assertThat(text).contains("申请已撤回", "已由你单位申请撤回", "不予奖补", "说明：企业于2024年4月12日申请撤回")
        .doesNotContain("人民币", "30,000.00", "准予奖补", "项目", "null", "${");
  }

  @Test
  void missingOptionalPartsAreLeftOut() throws IOException {
    String text = text(write(letter(Decision.APPROVED, new BigDecimal("500"), null, null)));

    assertThat(text).contains("人民币500.00元", "特此决定。")
        .doesNotContain("说明", "依据以下数据", "项目", "数值", "null", "${");
    assertThat(text(write(letter(Decision.WITHDRAWN, null, List.of(), " "))))
        .doesNotContain("说明", "null", "${");
  }

  @Test
  void amountsAreGroupedAndRoundedHalfUpToTheFen() throws IOException {
    assertThat(text(write(letter(Decision.APPROVED, new BigDecimal("1234567.895"), FIGURES, null))))
        .contains("人民币1,234,567.90元");
    assertThat(text(write(letter(Decision.APPROVED, new BigDecimal("0.005"), FIGURES, null))))
        .contains("人民币0.01元");
  }

  @Test
  void valuesAreInsertedAsTextNotAsPlaceholders() throws IOException {
    DecisionLetter letter = new DecisionLetter("NSC-2024-000002", "${creditCode}与${amount}有限公司", "${reason}",
        "春节不停工奖励", 18, "2024", "泉台管办发明电〔2024〕3号", Decision.APPROVED, new BigDecimal("1.00"), FIGURES,
        "见${decidedBy}$1\\1", "区科技经济发展局", LocalDate.of(2024, 4, 15));

    assertThat(text(write(letter)))
        .contains("${creditCode}与${amount}有限公司（统一社会信用代码：${reason}）：", "说明：见${decidedBy}$1\\1");
  }

  @Test
  void noLineBeginsWithClosingPunctuation() throws IOException {
    // at this reason's length the comma and the closing full stop fell to the start of a line
    byte[] pdf = write(letter(Decision.REJECTED, null, FIGURES, REASON));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      List<String> lines = stripper.getText(document).lines().map(String::strip).filter(line -> !line.isEmpty())
          .toList();
      assertThat(lines).hasSizeGreaterThan(10)
          .noneMatch(line -> "，。、；：！？）》”’〕".indexOf(line.charAt(0)) >= 0)
          .noneMatch(line -> "（《“‘〔".indexOf(line.charAt(line.length() - 1)) >= 0);
    }
  }

  @Test
  void theFontIsEmbeddedAsASubsetAndTheFileStaysSmall() throws IOException {
    byte[] pdf = write(letter(Decision.APPROVED, new BigDecimal("30000.00"), FIGURES, REASON));

    assertThat(pdf.length).as("bytes").isLessThan(500 * 1024);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          fonts.add(resources.getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
        assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYi.*");
      });
    }
  }

  @Test
  void theOutputStreamIsLeftOpen() {
    boolean[] closed = {false};
    FilterOutputStream out = new FilterOutputStream(new ByteArrayOutputStream()) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    PDF.write(letter(Decision.WITHDRAWN, null, List.of(), null), out);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void aLetterStatesAnAmountIfAndOnlyIfItApprovesAndARejectionStatesItsReason() {
    assertThatThrownBy(() -> letter(Decision.APPROVED, null, FIGURES, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> letter(Decision.REJECTED, new BigDecimal("30000.00"), FIGURES, REASON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> letter(Decision.REJECTED, null, FIGURES, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static void assertCommonParts(String text) {
    assertThat(text).startsWith("泉州台商投资区惠企政策奖补决定书编号：NSC-2024-000001")
        .contains("泉州台商投资区闽台精密机械有限公司（统一社会信用代码：91350521MA31U6QX5B）：",
            "“春节不停工奖励”（2024年版", "泉台管办发明电〔2024〕3号文件第18条")
        .endsWith("区科技经济发展局2024年4月15日");
  }

  static DecisionLetter letter(Decision decision, BigDecimal amount, List<Figure> figures, String reason) {
    return new DecisionLetter("NSC-2024-000001", "泉州台商投资区闽台精密机械有限公司", "91350521MA31U6QX5B", "春节不停工奖励", 18,
        "2024", "泉台管办发明电〔2024〕3号", decision, amount, figures, reason, "区科技经济发展局",
        LocalDate.of(2024, 4, 15));
  }

  static byte[] write(DecisionLetter letter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PDF.write(letter, out);
    return out.toByteArray();
  }

  /** The text of the PDF in reading order (the table is drawn on its own layer) with all whitespace removed. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("\\s+", "");
    }
  }
}
