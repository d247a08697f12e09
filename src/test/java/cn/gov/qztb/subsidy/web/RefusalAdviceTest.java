package cn.gov.qztb.subsidy.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.RefusalCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** A refusal /api answers is counted by its kind. */
class RefusalAdviceTest {

  @Test
  void countsTheRefusalsItAnswers() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    RefusalAdvice advice = new RefusalAdvice(new RefusalCounter(registry));

    assertThat(advice.refused(Refusal.forbidden("仅系统管理员可以迁移流程实例")).getStatusCode().value()).isEqualTo(403);
    advice.refused(Refusal.forbidden("无权"));
    advice.refused(Refusal.notFound("不存在"));

    assertThat(registry.get(RefusalCounter.METER).tag("kind", "forbidden").counter().count()).isEqualTo(2);
    assertThat(registry.get(RefusalCounter.METER).tag("kind", "not_found").counter().count()).isEqualTo(1);
    assertThat(registry.get(RefusalCounter.METER).tag("kind", "bad_input").counter().count()).isZero();
  }

  @Test
  void aLostRaceIsAConflictInChinese() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    RefusalAdvice advice = new RefusalAdvice(new RefusalCounter(registry));

    var answer = advice.raced(new org.camunda.bpm.engine.OptimisticLockingException("ACT_RU_TASK was updated"));
    assertThat(answer.getStatusCode().value()).isEqualTo(409);
    assertThat(answer.getBody()).containsEntry("message", "该事项刚刚已由他人办理，您的操作未生效，请刷新后查看");
    assertThat(advice.raced(new org.springframework.orm.ObjectOptimisticLockingFailureException("Application", "X"))
        .getStatusCode().value()).isEqualTo(409);
    assertThat(registry.get(RefusalCounter.METER).tag("kind", "conflict").counter().count()).isEqualTo(2);
  }
}
