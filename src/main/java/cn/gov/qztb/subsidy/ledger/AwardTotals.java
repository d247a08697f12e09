package cn.gov.qztb.subsidy.ledger;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Totals of the ledger by program, township, unit, edition and status: count and amount, to the fen. */
public final class AwardTotals {

  /** One group: its keys as shown and its count and amount (two-decimal string). */
  public record Row(String program, int clause, String township, String unit, String edition, String status, long count,
      String amount) {}

  private AwardTotals() {}

  /**
   * @param program the program's title, @param township the township's name, @param unit the
   *     approving unit's name, each for an award
   */
  static List<Row> of(List<Award> awards, Function<Award, String> program, Function<Award, String> township,
      Function<Award, String> unit) {
    record Key(String program, int clause, String township, String unit, String edition, String status) {}
    Map<Key, long[]> counts = new TreeMap<>(Comparator.comparing(Key::clause).thenComparing(Key::program)
        .thenComparing(Key::edition).thenComparing(Key::township).thenComparing(Key::unit).thenComparing(Key::status));
    Map<Key, BigDecimal> sums = new TreeMap<>(((TreeMap<Key, long[]>) counts).comparator());
    for (Award award : awards) {
      Key key = new Key(program.apply(award), award.getClause(), township.apply(award), unit.apply(award),
          award.getPolicyEdition(), award.getStatus().label());
      counts.computeIfAbsent(key, k -> new long[1])[0]++;
      sums.merge(key, award.getAmount(), BigDecimal::add);
    }
    return counts.entrySet().stream().map(entry -> {
      Key key = entry.getKey();
      return new Row(key.program(), key.clause(), key.township(), key.unit(), key.edition(), key.status(),
          entry.getValue()[0], sums.get(key).setScale(2).toPlainString());
    }).toList();
  }
}
