package cn.gov.qztb.subsidy.letter;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break (避头尾): OpenPDF breaks after any CJK character, so a
 * comma or full stop could begin a line. Here no line begins with closing punctuation and none
 * ends with opening punctuation; the character before moves down with it.
 */
final class LineBreaks extends DefaultSplitCharacter {

  static final LineBreaks CHINESE = new LineBreaks();

  private static final String NOT_AT_START = "，。、；：！？）》」』”’〕】〉…—%,.;:!?)]";
  private static final String NOT_AT_END = "（《「『“‘〔【〈([";

  private LineBreaks() {}

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    if (NOT_AT_END.indexOf(getCurrentCharacter(current, cc, ck)) >= 0) {
      return false;
    }
    if (current + 1 < end && NOT_AT_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
      return false;
    }
    return super.isSplitCharacter(start, current, end, cc, ck);
  }
}
