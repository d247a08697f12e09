package cn.gov.qztb.subsidy.program;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** All subsidy programs, by process key. */
@Component
public class ProgramRegistry {

  private final Map<String, SubsidyProgram<?, ?>> byKey;

  public ProgramRegistry(List<SubsidyProgram<?, ?>> programs) {
    this.byKey = programs.stream().collect(Collectors.toUnmodifiableMap(SubsidyProgram::key, Function.identity()));
  }

  public SubsidyProgram<?, ?> byKey(String key) {
    SubsidyProgram<?, ?> program = byKey.get(key);
    if (program == null) {
      throw new IllegalArgumentException("未知的奖补项目：" + key);
    }
    return program;
  }

  public boolean contains(String key) {
    return byKey.containsKey(key);
  }

  public Collection<SubsidyProgram<?, ?>> all() {
    return byKey.values();
  }
}
