package cn.gov.qztb.subsidy.program;

import cn.gov.qztb.subsidy.reference.HolderRecord;
import java.util.List;

/** A filing made from the data holders' figures (免申即享), with the records it was made from. */
public record DataFiling<F extends Record>(F filing, List<HolderRecord> used) {

  public DataFiling {
    used = List.copyOf(used);
  }
}
