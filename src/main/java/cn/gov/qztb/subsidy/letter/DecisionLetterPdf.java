package cn.gov.qztb.subsidy.letter;

import cn.gov.qztb.subsidy.program.Money;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes a decision letter (决定书) as an A4 PDF, its Chinese text in the embedded (subset)
 * WenQuanYi Micro Hei font. The wording is in one template per decision,
 * {@code letters/decision-approved.txt} and so on (see {@link LetterTemplate}); of its paragraphs the
 * first is the title, the second the letter number, the last the signature (the deciding unit and
 * the date, one a line, right-aligned); a paragraph whose last line is {@code ${figures}} is the
 * table of the figures, its other lines the table's caption, and is left out when there are none.
 */
@Component
public class DecisionLetterPdf {

  static final String FONT = "fonts/wqy-microhei.ttc";
  static final String FIGURES = "${figures}";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.ROOT);
  private static final float MM = 72f / 25.4f;
  private static final float INDENT = 32;

  private final Font title;
  private final Font body;
  private final Font small;
  private final Map<Decision, LetterTemplate> templates = new EnumMap<>(Decision.class);

  public DecisionLetterPdf() {
    BaseFont font;
    try {
      // cached: the collection is parsed once; only the glyphs a letter uses are embedded in it
      font = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    title = new Font(font, 22);
    body = new Font(font, 16);
    small = new Font(font, 14);
    for (Decision decision : Decision.values()) {
      templates.put(decision,
          LetterTemplate.load("letters/decision-" + decision.name().toLowerCase(Locale.ROOT) + ".txt"));
    }
  }

  /** Writes the letter to out, which it leaves open. */
  public void write(DecisionLetter letter, OutputStream out) {
    LetterTemplate template = templates.get(letter.decision());
    Map<String, String> values = values(letter);
    List<String> paragraphs = template.paragraphs();
    Document document = new Document(PageSize.A4, 28 * MM, 26 * MM, 37 * MM, 35 * MM);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false);
    document.open();
    int last = paragraphs.size() - 1;
    for (int i = 0; i <= last; i++) {
      String paragraph = paragraphs.get(i);
      boolean addressee = i == 2;
      if (i > 1 && i < last && paragraph.endsWith(FIGURES)) {
        if (!letter.figures().isEmpty()) {
          String caption = paragraph.substring(0, paragraph.length() - FIGURES.length()).strip();
          template.fill(caption, values).filter(text -> !text.isBlank())
              .ifPresent(text -> document.add(text(text, addressee)));
          document.add(table(letter.figures()));
        }
        continue;
      }
      int at = i;
      template.fill(paragraph, values).ifPresent(text -> document.add(
          at == 0 ? heading(text, title, 12)
              : at == 1 ? heading(text, small, 24)
              : at == last ? signature(text)
              : text(text, addressee)));
    }
    document.close();
  }

  /** The values a template may name; those of absent optional parts are null. */
  static Map<String, String> values(DecisionLetter letter) {
    Map<String, String> values = new HashMap<>();
    values.put("letterNumber", letter.letterNumber());
    values.put("enterpriseName", letter.enterpriseName());
    values.put("creditCode", letter.creditCode());
    values.put("programTitle", letter.programTitle());
    values.put("clause", String.valueOf(letter.clause()));
    values.put("edition", letter.edition());
    values.put("documentName", letter.documentName());
    values.put("decision", letter.decision().label());
    values.put("amount", letter.amount() == null ? null : Money.grouped(letter.amount()));
    values.put("reason", letter.reason());
    values.put("decidedBy", letter.decidedBy());
    values.put("decidedOn", DATE.format(letter.decidedOn()));
    return values;
  }

  private static Paragraph heading(String text, Font font, float after) {
    Paragraph heading = new Paragraph(chunk(joined(text), font));
    heading.setAlignment(Element.ALIGN_CENTER);
    heading.setSpacingAfter(after);
    return heading;
  }

  /** A body paragraph; the first, the addressee, is not indented. */
  private Paragraph text(String text, boolean addressee) {
    Paragraph paragraph = new Paragraph(28, chunk(joined(text), body));
    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
    paragraph.setFirstLineIndent(addressee ? 0 : INDENT);
    return paragraph;
  }

  private PdfPTable table(List<DecisionLetter.Figure> figures) {
    PdfPTable table = new PdfPTable(new float[] {3, 2});
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setSpacingAfter(6);
    table.setHeaderRows(1);
    table.addCell(cell("项目", true));
    table.addCell(cell("数值", true));
    for (DecisionLetter.Figure figure : figures) {
      table.addCell(cell(figure.label(), false));
      table.addCell(cell(figure.value(), false));
    }
    return table;
  }

  private PdfPCell cell(String text, boolean header) {
    PdfPCell cell = new PdfPCell(new Phrase(chunk(text, small)));
    cell.setPadding(5);
    cell.setPaddingBottom(7);
    if (header) {
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
    }
    return cell;
  }

  /** The deciding unit and the date, one a line, right-aligned below the text. */
  private Paragraph signature(String text) {
    Paragraph signature = new Paragraph(28, chunk(text.strip(), body));
    signature.setAlignment(Element.ALIGN_RIGHT);
    signature.setIndentationRight(INDENT);
    signature.setSpacingBefore(36);
    return signature;
  }

  private static Chunk chunk(String text, Font font) {
    Chunk chunk = new Chunk(text, font);
    chunk.setSplitCharacter(LineBreaks.CHINESE);
    return chunk;
  }

  /** A paragraph's lines, wrapped in the template for reading, run on (Chinese has no spaces between words). */
  private static String joined(String text) {
    return text.lines().map(String::strip).reduce("", String::concat);
  }

  private static byte[] fontBytes() {
    try (InputStream in = DecisionLetterPdf.class.getClassLoader().getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("font " + FONT + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
