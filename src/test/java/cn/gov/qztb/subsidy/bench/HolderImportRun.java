package cn.gov.qztb.subsidy.bench;

import cn.gov.qztb.subsidy.SubsidyApplication;
import cn.gov.qztb.subsidy.dataimport.DataImportService;
import cn.gov.qztb.subsidy.dataimport.HolderFile;
import cn.gov.qztb.subsidy.dataimport.ImportProblem;
import cn.gov.qztb.subsidy.dataimport.ImportReport;
import cn.gov.qztb.subsidy.dataimport.RowChecker;
import cn.gov.qztb.subsidy.offer.OfferMatcher;
import cn.gov.qztb.subsidy.reference.CreditCode;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of {@link HolderImportBenchmark}, in a JVM of its own started with -Xmx384m: the
 * application (profiles demo and test: business date 2024-04-15, jobs run here, not by the job
 * executor) on the database given as the first argument, then 10,000 enterprises registered, one
 * XLSX of their electricity written, imported, offers matched, the file imported again. Prints
 * each figure as a line {@code HOLDER-BENCH key value}.
 */
public final class HolderImportRun {

  static final String PREFIX = "HOLDER-BENCH ";
  static final String[] TOWNSHIPS = {"luoyang", "dongyuan", "zhangban", "baiqi"};
  /** The months of the file, in its row order per enterprise. */
  static final String[] MONTHS = {"2023-01", "2023-02", "2023-03", "2024-01", "2024-02", "2024-03"};
  static final String IMPORTER = "gongdian";

  private final ConfigurableApplicationContext app;
  private final int enterprises;
  private final HeapWatch heap;
  private final JdbcTemplate jdbc;
  private final DataImportService imports;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final HistoryService history;

  private HolderImportRun(ConfigurableApplicationContext app, int enterprises, HeapWatch heap) {
    this.app = app;
    this.enterprises = enterprises;
    this.heap = heap;
    this.jdbc = app.getBean(JdbcTemplate.class);
    this.imports = app.getBean(DataImportService.class);
    this.management = app.getBean(ManagementService.class);
    this.runtime = app.getBean(RuntimeService.class);
    this.history = app.getBean(HistoryService.class);
  }

  /** Arguments: the JDBC URL of an empty PostgreSQL database (user postgres), the number of enterprises. */
  public static void main(String[] args) throws Exception {
    HeapWatch heap = HeapWatch.start();
    int status = 1;
    try {
      long started = System.nanoTime();
      List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + args[0],
          "--spring.datasource.username=postgres", "--spring.datasource.password=", "--subsidy.demo.holder-data=false"));
      if (args.length > 2) { // for trying another batch size: the enterprises one offerMatching job matches
        arguments.add("--subsidy.offers.batch-size=" + args[2]);
      }
      ConfigurableApplicationContext app = new SpringApplicationBuilder(SubsidyApplication.class)
          .profiles("demo", "test")
          .run(arguments.toArray(String[]::new));
      print("startSeconds", seconds(started));
      print("batchSize", app.getEnvironment().getProperty("subsidy.offers.batch-size", "200"));
      try {
        new HolderImportRun(app, Integer.parseInt(args[1]), heap).run();
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

  private void run() throws Exception {
    heap.phase("start");
    long started = System.nanoTime();
    List<String> codes = register();
    print("registerSeconds", seconds(started));

    Path file = Files.createTempFile("holder-bench-", ".xlsx");
    try {
      started = System.nanoTime();
      int expectedOffers = writeXlsx(codes, file);
      print("writeSeconds", seconds(started));
      print("fileBytes", Files.size(file));
      print("expectedOffers", expectedOffers);
      heap.phase("register and write");

      long importsBefore = count("select count(*) from data_import");
      long offeredBefore = offered();
      long confirmBefore = atConfirmOffer();

      // (a) the first import
      started = System.nanoTime();
      ImportReport first;
      try (InputStream in = Files.newInputStream(file)) {
        first = imports.importFile(Dataset.ELECTRICITY, "用电量2023-2024一季度.xlsx", in, IMPORTER);
      }
      print("importSeconds", seconds(started));
      print("importOutcome", first.outcome());
      print("importRows", first.rows());
      print("importAdded", first.added());
      print("importUnregistered", first.unregistered().size());
      print("importProblems", first.problems().size());
      if (!first.problems().isEmpty()) {
        print("importFirstProblem", first.problems().get(0));
      }
      print("importRowsAdded", count("select count(*) from data_import") - importsBefore);
      heap.phase("import");

      // (b) the offer matching, job after job as the job executor would run them
      started = System.nanoTime();
      List<Long> jobMillis = matchOffers();
      double matchSeconds = seconds(started);
      print("matchSeconds", matchSeconds);
      print("matchJobs", jobMillis.size());
      print("matchJobMillis", jobMillis.stream().map(String::valueOf).collect(Collectors.joining(",")));
      long offers = offered() - offeredBefore;
      print("offers", offers);
      print("offersJanFeb", count("select count(*) from application where offered and subject_key like '%:JAN_FEB'"));
      print("offersQ1", count("select count(*) from application where offered and subject_key like '%:Q1'"));
      print("atConfirmOffer", atConfirmOffer() - confirmBefore);
      Object made = history.createHistoricVariableInstanceQuery().variableName("offersMade").list().stream()
          .mapToLong(v -> ((Number) v.getValue()).longValue()).sum();
      print("offersMadeVariable", made);
      print("offersPerSecond", offers / matchSeconds);
      heap.phase("match");

      // (c) the same file again
      long importsNow = count("select count(*) from data_import");
      long instancesNow = history.createHistoricProcessInstanceQuery().count();
      long jobsNow = management.createJobQuery().count();
      long recordsNow = count("select count(*) from holder_record");
      started = System.nanoTime();
      ImportReport again;
      try (InputStream in = Files.newInputStream(file)) {
        again = imports.importFile(Dataset.ELECTRICITY, "用电量2023-2024一季度.xlsx", in, IMPORTER);
      }
      print("reimportSeconds", seconds(started));
      print("reimportOutcome", again.outcome());
      print("reimportUnchanged", again.unchanged());
      print("reimportImportRows", count("select count(*) from data_import") - importsNow);
      print("reimportInstances", history.createHistoricProcessInstanceQuery().count() - instancesNow);
      print("reimportJobs", management.createJobQuery().count() - jobsNow);
      print("reimportRecords", count("select count(*) from holder_record") - recordsNow);
      heap.phase("reimport");

      diagnose(file, codes);
      heap.phase("diagnose");
    } finally {
      Files.deleteIfExists(file);
    }
    heap.report();
  }

  /** The enterprises, by JDBC batch: credit codes 91350521BH0000001…, industrial above size, four townships. */
  private List<String> register() {
    List<String> codes = new ArrayList<>(enterprises);
    List<Object[]> rows = new ArrayList<>(enterprises);
    for (int i = 0; i < enterprises; i++) {
      String first17 = "91350521BH" + String.format("%07d", i + 1);
      String code = first17 + CreditCode.checkCharacter(first17);
      codes.add(code);
      rows.add(new Object[] {code, "基准测试用电企业" + (i + 1), TOWNSHIPS[i % TOWNSHIPS.length],
          EnterpriseKind.INDUSTRIAL_ABOVE_SIZE.name(), Enterprise.groupIdOf(code)});
    }
    new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
        jdbc.batchUpdate("insert into enterprise (credit_code, name, township_code, kind, group_id) values (?, ?, ?, ?, ?)",
            rows));
    return codes;
  }

  /**
   * One sheet, the dataset's headers, six months per enterprise (months as text, kWh as numbers).
   * Nine enterprises in ten grew: 2024's January and February at least 20,000 kWh above 2023's
   * (clause 9: 15,000), the quarter by more than 5 %; the tenth used the same each year. Returns
   * the offers clause 9 makes of it (January–February and the first quarter, counted apart).
   */
  static int writeXlsx(List<String> codes, Path file) throws Exception {
    int expected = 0;
    try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "HolderImportBenchmark", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("工业用电量");
      List<Dataset.Column> columns = Dataset.ELECTRICITY.columns();
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, columns.get(c).header());
      }
      int row = 1;
      for (int i = 0; i < codes.size(); i++) {
        long jan = 200_000 + (i % 500) * 1_000L;
        long feb = jan * 9 / 10;
        long mar = jan * 11 / 10;
        boolean grew = i % 10 != 9;
        long[] kwh = grew
            ? new long[] {jan, feb, mar, jan + 12_000 + (i % 7) * 1_000L, feb + 8_000, mar + mar / 5}
            : new long[] {jan, feb, mar, jan, feb, mar};
        long janFebIncrement = kwh[3] + kwh[4] - kwh[0] - kwh[1];
        long prior = kwh[0] + kwh[1] + kwh[2];
        long current = kwh[3] + kwh[4] + kwh[5];
        expected += (janFebIncrement >= 15_000 ? 1 : 0) + (100 * current >= 105 * prior ? 1 : 0);
        for (int m = 0; m < MONTHS.length; m++) {
          sheet.value(row, 0, codes.get(i));
          sheet.value(row, 1, MONTHS[m]);
          sheet.value(row, 2, kwh[m]);
          row++;
        }
        if (i % 1_000 == 999) {
          sheet.flush(); // rows written out as they come, not held until the end
        }
      }
    }
    return expected;
  }

  /**
   * The offerMatching job, then its offerBatch jobs on three threads, as Camunda's job executor
   * runs them (its default core pool); the milliseconds of each job.
   */
  private List<Long> matchOffers() throws InterruptedException {
    List<Long> millis = java.util.Collections.synchronizedList(new ArrayList<>());
    for (Job job : management.createJobQuery().processDefinitionKey("offerMatching").executable().list()) {
      if (job.getExecutionId() != null) {
        long started = System.nanoTime();
        management.executeJob(job.getId());
        millis.add((System.nanoTime() - started) / 1_000_000);
      }
    }
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
    for (Job job : management.createJobQuery().processDefinitionKey("offerBatch").executable().list()) {
      threads.submit(() -> {
        long started = System.nanoTime();
        management.executeJob(job.getId());
        millis.add((System.nanoTime() - started) / 1_000_000);
      });
    }
    threads.shutdown();
    if (!threads.awaitTermination(30, java.util.concurrent.TimeUnit.MINUTES)) {
      throw new IllegalStateException("offer matching does not end");
    }
    if (management.createJobQuery().processDefinitionKey("offerBatch").count() > 0) {
      throw new IllegalStateException("offer batches failed: " + management.createJobQuery()
          .processDefinitionKey("offerBatch").list().stream().map(Job::getExceptionMessage).distinct().toList());
    }
    return millis;
  }

  /**
   * Where the time goes, measured after the figures: reading the file alone, reading and checking
   * it, and matching a few batches again without starting anything (every subject now has its
   * offer, so nothing is started; rolled back).
   */
  private void diagnose(Path file, List<String> codes) throws Exception {
    long started = System.nanoTime();
    int[] rows = {0};
    try (InputStream in = Files.newInputStream(file)) {
      HolderFile.read(in, Dataset.ELECTRICITY, row -> rows[0]++);
    }
    print("diagnoseReadSeconds", seconds(started));
    started = System.nanoTime();
    RowChecker checker = new RowChecker(Dataset.ELECTRICITY, java.util.Map.of());
    List<ImportProblem> problems = new ArrayList<>();
    List<RowChecker.CheckedRow> checked = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      HolderFile.read(in, Dataset.ELECTRICITY, row -> checked.add(checker.check(row, problems)));
    }
    print("diagnoseReadCheckSeconds", seconds(started));
    checked.clear();

    OfferMatcher matcher = app.getBean(OfferMatcher.class);
    TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    List<OfferMatcher.Batch> plan = matcher.plan(200);
    int batches = Math.min(5, plan.size());
    started = System.nanoTime();
    transaction.executeWithoutResult(status -> {
      for (int b = 0; b < batches; b++) {
        int offered = matcher.match(plan.get(b));
        if (offered != 0) {
          throw new IllegalStateException("matching again offered " + offered);
        }
      }
      status.setRollbackOnly();
    });
    print("diagnoseMatchNoStartEnterprises", batches * 200);
    print("diagnoseMatchNoStartSeconds", seconds(started));
  }

  private long offered() {
    return count("select count(*) from application where offered");
  }

  private long atConfirmOffer() {
    return runtime.createProcessInstanceQuery().activityIdIn("confirmOffer").count();
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  static void print(String key, Object value) {
    System.out.println(PREFIX + key + " " + value);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  /**
   * The heap: in use, sampled every 20 ms (garbage included, as MemoryBenchmark); after every
   * collection the collector reports; and live after a full collection at the end of each phase.
   */
  static final class HeapWatch {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong phasePeak = new AtomicLong();
    private final AtomicLong afterGcPeak = new AtomicLong();
    private final AtomicLong phaseAfterGcPeak = new AtomicLong();
    private final com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private double machineCpu;
    private double jvmCpu;
    private int cpuSamples;

    private synchronized void cpu(double machine, double jvm) {
      if (machine >= 0 && jvm >= 0) {
        machineCpu += machine;
        jvmCpu += jvm;
        cpuSamples++;
      }
    }

    /** The average CPU use of the machine and of this JVM since the last call (of all cores), in percent. */
    private synchronized String cpuSinceLast() {
      String text = cpuSamples == 0 ? "CPU not measured" : String.format("CPU in use: machine %.0f %%, this JVM %.0f %%",
          100 * machineCpu / cpuSamples, 100 * jvmCpu / cpuSamples);
      machineCpu = 0;
      jvmCpu = 0;
      cpuSamples = 0;
      return text;
    }

    static HeapWatch start() {
      HeapWatch watch = new HeapWatch();
      Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
            watch.afterGcPeak.accumulateAndGet(after, Math::max);
            watch.phaseAfterGcPeak.accumulateAndGet(after, Math::max);
          }
        }, null, null);
      }
      Thread sampler = new Thread(() -> {
        for (long tick = 0; ; tick++) {
          long used = watch.memory.getHeapMemoryUsage().getUsed();
          watch.peak.accumulateAndGet(used, Math::max);
          watch.phasePeak.accumulateAndGet(used, Math::max);
          if (tick % 50 == 0) { // once a second: how busy the machine and this JVM were
            watch.cpu(watch.os.getCpuLoad(), watch.os.getProcessCpuLoad());
          }
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "holder-bench-heap");
      sampler.setDaemon(true);
      sampler.start();
      return watch;
    }

    /** Ends a phase: its peaks, and the heap still in use after a full collection. */
    void phase(String name) {
      long used = memory.getHeapMemoryUsage().getUsed();
      peak.accumulateAndGet(used, Math::max);
      phasePeak.accumulateAndGet(used, Math::max);
      System.gc();
      long live = memory.getHeapMemoryUsage().getUsed();
      print("heapPhase", name + ": peak in use " + mb(phasePeak.getAndSet(0)) + " MB, peak after a collection "
          + mb(phaseAfterGcPeak.getAndSet(0)) + " MB, live after a full collection " + mb(live) + " MB");
      print("cpuPhase", name + ": " + cpuSinceLast());
    }

    void report() {
      MemoryUsage usage = memory.getHeapMemoryUsage();
      print("heapMaxMb", mb(usage.getMax()));
      print("heapPeakMb", mb(peak.get()));
      print("heapPeakAfterGcMb", mb(afterGcPeak.get()));
    }

    private static long mb(long bytes) {
      return bytes / (1 << 20);
    }
  }
}
