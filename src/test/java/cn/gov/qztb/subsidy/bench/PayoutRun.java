package cn.gov.qztb.subsidy.bench;

import static cn.gov.qztb.subsidy.bench.HolderImportRun.print;

import cn.gov.qztb.subsidy.SubsidyApplication;
import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.engine.EngineUsers;
import cn.gov.qztb.subsidy.payment.BankReturnImport;
import cn.gov.qztb.subsidy.payment.PaymentBatches;
import cn.gov.qztb.subsidy.payment.PaymentFile;
import cn.gov.qztb.subsidy.publicity.PublicityService;
import cn.gov.qztb.subsidy.workflow.UnitStarts;
import cn.gov.qztb.subsidy.reference.CreditCode;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of {@link PayoutBenchmark}, in a JVM of its own started with -Xmx384m: the application
 * (profiles demo and test) on the database given, then N approved awards of clause 18 (区科技经济发展局
 * approves, 区财政金融与国资局 pays) registered by JDBC with their enterprises and accounts; one 公示
 * list of all of them published and closed; one payment batch of all of them compiled, approved and
 * its XLSX payment file written as a stream; the bank's return of every line imported. Prints each
 * figure as {@code HOLDER-BENCH key value} (the prefix of {@link HolderImportRun}, whose heap watch
 * it shares).
 */
public final class PayoutRun {

  private final ConfigurableApplicationContext app;
  private final int awards;
  private final JdbcTemplate jdbc;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;

  private PayoutRun(ConfigurableApplicationContext app, int awards) {
    this.app = app;
    this.awards = awards;
    this.jdbc = app.getBean(JdbcTemplate.class);
    this.tasks = app.getBean(TaskService.class);
    this.runtime = app.getBean(RuntimeService.class);
    this.management = app.getBean(ManagementService.class);
  }

  /** Arguments: the JDBC URL of an empty PostgreSQL database (user postgres), the number of awards. */
  public static void main(String[] args) {
    HolderImportRun.HeapWatch heap = HolderImportRun.HeapWatch.start();
    int status = 1;
    try {
      long started = System.nanoTime();
      ConfigurableApplicationContext app = new SpringApplicationBuilder(SubsidyApplication.class)
          .profiles("demo", "test")
          .run("--server.port=0", "--spring.datasource.url=" + args[0], "--spring.datasource.username=postgres",
              "--spring.datasource.password=", "--subsidy.demo.holder-data=false");
      print("startSeconds", seconds(started));
      try {
        new PayoutRun(app, Integer.parseInt(args[1])).run(heap);
      } finally {
        app.close();
      }
      status = 0;
    } catch (Throwable e) {
      e.printStackTrace(System.out);
    } finally {
      System.out.flush();
      System.exit(status);
    }
  }

  private void run(HolderImportRun.HeapWatch heap) throws Exception {
    heap.phase("start");
    long started = System.nanoTime();
    register();
    print("registerSeconds", seconds(started));
    heap.phase("register");

    // 公示: compile (the task lists every approved award), publish, and the period's end
    started = System.nanoTime();
    String list = app.getBean(UnitStarts.class).start(PublicityService.PROCESS, "keji", "keji");
    ProcessInstance publicity = instance("awardPublicity", list);
    print("publicityCompileSeconds", seconds(started));
    started = System.nanoTime();
    complete(publicity, "compilePublicity", "keji", Map.of("publicityDecision", "PUBLISH"));
    print("publicityPublishSeconds", seconds(started));
    print("publicityEntries", count("select count(*) from publicity_entry"));
    heap.phase("publish");
    started = System.nanoTime();
    Job periodEnd = management.createJobQuery().processInstanceId(publicity.getId()).timers().singleResult();
    management.executeJob(periodEnd.getId());
    management.createJobQuery().processInstanceId(publicity.getId()).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
    print("publicityCloseSeconds", seconds(started));
    print("publicized", count("select count(*) from award where status = 'PUBLICIZED'"));
    heap.phase("close");

    // 拨付: compiled by caijin, approved by caijin2, the payment file written as a stream
    started = System.nanoTime();
    String number = app.getBean(UnitStarts.class).start(PaymentBatches.PROCESS, "caijin", "caijin");
    ProcessInstance batch = instance("awardDisbursement", number);
    complete(batch, "compileDisbursement", "caijin", Map.of("batchDecision", "SUBMIT"));
    print("batchSubmitSeconds", seconds(started));
    print("batchLines", count("select count(*) from payment_line"));
    started = System.nanoTime();
    complete(batch, "reviewDisbursement", "caijin2", Map.of("reviewDecision", "APPROVE"));
    print("batchApproveSeconds", seconds(started));
    print("ordered", count("select count(*) from award where status = 'ORDERED'"));
    heap.phase("batch");
    Path file = Files.createTempFile("payout-bench-", ".xlsx");
    Path bankReturn = Files.createTempFile("payout-bench-return-", ".csv");
    try {
      started = System.nanoTime();
      try (OutputStream out = Files.newOutputStream(file)) {
        app.getBean(PaymentFile.class).xlsx(PaymentBatches.idOf(number), out);
      }
      print("xlsxSeconds", seconds(started));
      print("xlsxBytes", Files.size(file));
      heap.phase("payment file");

      StringBuilder csv = new StringBuilder("批次号,序号,结果,银行流水号,失败原因\n");
      long lines = count("select count(*) from payment_line");
      for (int i = 1; i <= lines; i++) {
        csv.append(number).append(',').append(i).append(",成功,BK").append(i).append(",\n");
      }
      Files.writeString(bankReturn, csv);
      started = System.nanoTime();
      try (var in = Files.newInputStream(bankReturn)) {
        as("caijin", () -> app.getBean(BankReturnImport.class).importFile(PaymentBatches.idOf(number), in, "caijin"));
      }
      print("bankReturnSeconds", seconds(started));
      print("paid", count("select count(*) from award where status = 'PAID'"));
      print("batchEnded", runtime.createProcessInstanceQuery().processInstanceId(batch.getId()).count() == 0);
      heap.phase("bank return");
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(bankReturn);
    }
    heap.report();
  }

  /** Enterprises, their approved applications and awards (clause 18, 30,000.00 each) and accounts, by JDBC batch. */
  private void register() {
    List<Object[]> enterprises = new ArrayList<>();
    List<Object[]> applications = new ArrayList<>();
    List<Object[]> awardRows = new ArrayList<>();
    List<Object[]> accounts = new ArrayList<>();
    Timestamp now = Timestamp.from(Instant.now());
    String[] townships = HolderImportRun.TOWNSHIPS;
    for (int i = 0; i < awards; i++) {
      String first17 = "91350521BP" + String.format("%07d", i + 1);
      String code = first17 + CreditCode.checkCharacter(first17);
      String township = townships[i % townships.length];
      String key = String.format("NSC-2024-B%06d", i + 1);
      String subject = "BENCH-" + (i + 1);
      enterprises.add(new Object[] {code, "基准测试施工企业" + (i + 1), township, EnterpriseKind.CONSTRUCTION.name(),
          Enterprise.groupIdOf(code)});
      applications.add(new Object[] {key, "noStopConstructionBonus", "bench-" + key, code, township, "bench", "2024",
          "APPROVED", subject, true, new BigDecimal("30000.00"), "keji", now, now, now});
      awardRows.add(new Object[] {key, "noStopConstructionBonus", 18, code, township, subject,
          new BigDecimal("30000.00"), "2024", "bench-" + key, "keji", now, now});
      accounts.add(new Object[] {code, "中国工商银行泉州台商投资区支行", String.format("1408%015d", i + 1), "bench", now});
    }
    new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
      jdbc.batchUpdate("insert into enterprise (credit_code, name, township_code, kind, group_id) values (?, ?, ?, ?, ?)",
          enterprises);
      jdbc.batchUpdate("insert into application (business_key, program_key, process_instance_id, enterprise_code,"
          + " township_code, applicant_user_id, policy_edition, status, subject_key, eligible, amount, approved_by,"
          + " approved_at, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
          applications);
      jdbc.batchUpdate("insert into award (business_key, program_key, clause, enterprise_code, township_code, subject_key,"
          + " amount, policy_edition, process_instance_id, approved_by, approved_at, recorded_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", awardRows);
      jdbc.batchUpdate("insert into enterprise_account (credit_code, bank_name, account_number, updated_by, updated_at)"
          + " values (?, ?, ?, ?, ?)", accounts);
    });
  }

  private ProcessInstance instance(String key, String businessKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(key).processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
    String taskId = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult()
        .getId();
    as(user, () -> {
      tasks.complete(taskId, variables);
      return null;
    });
  }

  private <T> T as(String user, java.util.function.Supplier<T> work) {
    EnterpriseMemberships memberships = app.getBean(EnterpriseMemberships.class);
    return app.getBean(EngineUsers.class).as(user, memberships.groupIdsOf(user), memberships.tenantIdsOf(user), work);
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
