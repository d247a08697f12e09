package cn.gov.qztb.subsidy.application;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.TransactionMemo;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.policy.FilingClosed;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.program.DataComparison;
import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.program.ProgramCase;
import cn.gov.qztb.subsidy.program.ProgramCases;
import cn.gov.qztb.subsidy.program.ProgramRegistry;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import cn.gov.qztb.subsidy.reference.Township;
import cn.gov.qztb.subsidy.reference.TownshipRepository;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to an application: opened, filed, evaluated, reviewed. Called from the process
 * (listeners and delegates) inside the engine's transaction, so the database and the process
 * move together or not at all.
 */
@Service
@Transactional
public class ApplicationService {

  private final ApplicationRepository applications;
  private final ApplicationNumbers numbers;
  private final PolicyBook policies;
  private final ProgramRegistry programs;
  private final ProgramCases cases;
  private final EnterpriseRepository enterprises;
  private final SubjectClaims claims;
  private final SubsidyClock clock;
  private final ApplicationEventRepository events;
  private final HolderFacts data;
  private final ApplicationData dataUsed;
  private final TownshipRepository townships;
  private final JdbcTemplate jdbc;
  private final ObjectProvider<FilingDocuments> documents;
  private final ApplicationEventPublisher publisher;

  public ApplicationService(ApplicationRepository applications, ApplicationNumbers numbers, PolicyBook policies,
      ProgramRegistry programs, ProgramCases cases, EnterpriseRepository enterprises, SubjectClaims claims,
      SubsidyClock clock, ApplicationEventRepository events, HolderFacts data, ApplicationData dataUsed,
      TownshipRepository townships, JdbcTemplate jdbc, ObjectProvider<FilingDocuments> documents,
      ApplicationEventPublisher publisher) {
    this.publisher = publisher;
    this.jdbc = jdbc;
    this.documents = documents;
    this.data = data;
    this.dataUsed = dataUsed;
    this.townships = townships;
    this.applications = applications;
    this.numbers = numbers;
    this.policies = policies;
    this.programs = programs;
    this.cases = cases;
    this.enterprises = enterprises;
    this.claims = claims;
    this.clock = clock;
    this.events = events;
  }

  /**
   * A new application of the enterprise under the edition whose filing window is open on the
   * business date. @throws Refusal naming the program's windows when none is open
   */
  public Application open(String programKey, Enterprise enterprise, String applicantUserId, String processInstanceId) {
    String edition = editionFor(programKey);
    admitted(cases.open(programKey, edition, enterprise));
    String number = numbers.next(programs.byKey(programKey).numberPrefix(), edition);
    Application application = applications.save(new Application(number, programKey, processInstanceId,
        enterprise.getCreditCode(), enterprise.getTownshipCode(), applicantUserId, edition, clock.now()));
    record(application, Step.FILING, ApplicationEvent.Action.OPENED, applicantUserId, null, null);
    return application;
  }

  /** The edition whose filing window is open on the business date, or null when none is. */
  public String editionOpenNow(String programKey) {
    try {
      return policies.editionOpenOn(programKey, clock.businessDay());
    } catch (FilingClosed closed) {
      return null;
    }
  }

  private String editionFor(String programKey) {
    try {
      return policies.editionOpenOn(programKey, clock.businessDay());
    } catch (FilingClosed closed) {
      throw Refusal.badInput(closed.getMessage());
    }
  }

  private static ProgramCase<?, ?> admitted(ProgramCase<?, ?> programCase) {
    String refusal = programCase.whyNotAdmitted();
    if (refusal != null) {
      throw Refusal.badInput(refusal);
    }
    return programCase;
  }

  @Transactional(readOnly = true)
  public Optional<Application> find(String businessKey) {
    return businessKey == null || businessKey.length() > 32 ? Optional.empty() : applications.findById(businessKey);
  }

  @Transactional(readOnly = true)
  public Application get(String businessKey) {
    return applications.findById(businessKey)
        .orElseThrow(() -> new IllegalStateException("no application " + businessKey));
  }

  /**
   * The application the process instance created when it started at its start event. Records are
   * found by instance, never by business key, which a client could have chosen: an instance that
   * did not start at the start event has no record, and nothing can be done in it.
   *
   * @throws Refusal when the instance created no application
   */
  @Transactional(readOnly = true)
  public Application forInstance(String processInstanceId) {
    Application found = TransactionMemo.get("application:" + processInstanceId,
        () -> applications.findByProcessInstanceId(processInstanceId).orElse(null));
    if (found == null) {
      throw Refusal.notFound("本流程没有对应的申请记录：申请只能由企业从“发起流程”开始，不能从中间环节开始");
    }
    return found;
  }

  @Transactional(readOnly = true)
  public ProgramCase<?, ?> caseOf(Application application) {
    Enterprise enterprise = enterprises.findById(application.getEnterpriseCode()).orElseThrow();
    return cases.open(application.getProgramKey(), application.getPolicyEdition(), enterprise);
  }

  /**
   * Checks the filing, claims its subject and keeps it. A first filing is computed under the
   * edition whose filing window is open on the business date. @throws Refusal naming each problem
   */
  public Application file(String processInstanceId, Map<String, Object> variables, String userId) {
    Application application = forInstance(processInstanceId);
    boolean correction = application.getStatus() == ApplicationStatus.RETURNED
        || application.getStatus() == ApplicationStatus.DISPUTED;
    String before = application.getFilingJson();
    String businessKey = application.getBusinessKey();
    if (!correction) {
      // a first filing must come within a filing window; a correction asked for by a reviewer
      // keeps the edition it was filed under, even after the window has closed
      application.fileUnder(editionFor(application.getProgramKey()));
    }
    ProgramCase<?, ?> programCase = admitted(caseOf(application));
    ProgramCase.Filed filed = programCase.read(variables, clock.businessDay(), approvedFilings(application), data);
    claims.holder(application.getProgramKey(), application.getPolicyEdition(), filed.subjectKey())
        .filter(holder -> !holder.equals(businessKey))
        .flatMap(applications::findById)
        .filter(offer -> offer.getStatus() == ApplicationStatus.OFFERED
            && offer.getEnterpriseCode().equals(application.getEnterpriseCode()))
        .ifPresent(offer -> {
          throw Refusal.badInput("系统已就" + filed.subjectLabel() + "向本企业推送免申即享奖补（申请编号"
              + offer.getBusinessKey() + "），无需另行申请：请在待办任务“确认申领”中确认申领，或在其中提出数据有误");
        });
    List<String> missing = documents.orderedStream().flatMap(d -> d.missingRequired(application).stream()).toList();
    if (!missing.isEmpty()) {
      throw Refusal.badInput("缺少必需的申报材料：" + String.join("、", missing.stream().map(m -> "「" + m + "」").toList())
          + "。请在本页上方“申报材料”处上传后再提交");
    }
    verifiedWhereItShould(application, programCase, filed);
    claims.claim(application.getProgramKey(), application.getPolicyEdition(), filed.subjectKey(), businessKey, filed.subjectLabel(),
        holder -> applications.findById(holder)
            .map(other -> other.getEnterpriseCode().equals(application.getEnterpriseCode()))
            .orElse(false));
    application.filed(filed.json(), filed.subjectKey(), clock.now());
    DataComparison comparison = programCase.compareWithData(filed.json(), data);
    dataUsed.use(businessKey, comparison == null ? List.of() : comparison.used());
    if (correction && before != null) {
      List<String> changes = FilingChanges.between(programCase.describe(before), programCase.describe(filed.json()));
      record(application, Step.FILING, ApplicationEvent.Action.REFILED, userId, null,
          changes.isEmpty() ? "（申报内容未修改）" : String.join("\n", changes));
    } else {
      record(application, Step.FILING, ApplicationEvent.Action.FILED, userId, null, null);
    }
    return application;
  }

  /**
   * Clause 18: the project's own township verifies. An offer was routed there when it was made; a
   * manual filing cannot change township (the instance belongs to its enterprise's township).
   */
  private void verifiedWhereItShould(Application application, ProgramCase<?, ?> programCase, ProgramCase.Filed filed) {
    String township = programCase.verifyingTownship(filed.json(), data);
    if (township != null && !township.equals(application.getTownshipCode())) {
      String where = townships.findById(township).map(Township::getName).orElse(township);
      String here = townships.findById(application.getTownshipCode()).map(Township::getName).orElse("");
      throw Refusal.badInput("「项目编号」：重点项目库登记该项目位于" + where + "，须由项目所在乡镇核实，而本申请由" + here
          + "受理，不能转交。请联系" + where + "办理");
    }
  }

  /**
   * 免申即享: an application the system files for the enterprise on the holders' figures, which
   * waits for the enterprise to confirm it. The offer claims its subject like a filing.
   */
  public Application offer(String programKey, String edition, Enterprise enterprise, String processInstanceId,
      ProgramCase.Offer offer, String townshipCode) {
    String number = numbers.next(programs.byKey(programKey).numberPrefix(), edition);
    Application application = applications.save(Application.offer(number, programKey, processInstanceId,
        enterprise.getCreditCode(), townshipCode == null ? enterprise.getTownshipCode() : townshipCode, edition,
        offer.json(), offer.subjectKey(), offer.decision(), clock.now()));
    TransactionMemo.remember("application:" + processInstanceId, application);
    claims.claimNew(programKey, edition, offer.subjectKey(), number, offer.subjectLabel());
    dataUsed.use(number, offer.used());
    record(application, Step.OFFER, ApplicationEvent.Action.OFFERED, null, null,
        String.join("\n", caseOf(application).describe(offer.json())));
    return application;
  }

  /**
   * Why the holders' data may not be offered: the enterprise is not admitted, an application of the
   * edition has had the subject (open, awarded, declined or closed), or the filing would be refused
   * if the enterprise typed it; null when it may. Never throws: a refusal would spoil the batch.
   */
  @Transactional(readOnly = true)
  public String whyNotOffered(ProgramCase<?, ?> programCase, String edition, ProgramCase.Offer offer, HolderFacts facts) {
    String programKey = programCase.program().key();
    if (!offer.decision().eligible()) {
      return "不符合条件";
    }
    // a claim is always held by an application that names its subject (read by JDBC: no flush of the batch)
    if (jdbc.queryForObject("select count(*) from application where program_key = ? and policy_edition = ?"
        + " and subject_key = ?", Integer.class, programKey, edition, offer.subjectKey()) > 0) {
      return "已有申请";
    }
    String refusal = programCase.whyNotAdmitted();
    if (refusal != null) {
      return refusal;
    }
    try {
      programCase.read(programCase.filingVariables(offer.json()), clock.businessDay(), jdbc.queryForList(
          "select filing_json from application where enterprise_code = ? and program_key = ? and policy_edition = ?"
              + " and status = 'APPROVED'", String.class, programCase.enterprise().getCreditCode(), programKey, edition),
          facts);
      return null;
    } catch (Refusal refused) {
      return refused.getMessage();
    }
  }

  /** The enterprise's answer to an offer. @throws Refusal if the offer is no longer open */
  public Application answerOffer(String processInstanceId, OfferAnswer answer, String userId) {
    Application application = forInstance(processInstanceId);
    switch (answer.decision()) {
      case ACCEPT -> application.offerAccepted(userId, clock.now());
      case DISPUTE -> application.offerDisputed(userId, clock.now());
      case DECLINE -> {
        application.offerClosed(ApplicationStatus.DECLINED, clock.now());
        claims.release(application.getBusinessKey());
      }
    }
    record(application, Step.OFFER, answer.decision().action(), userId, answer.comment(), null);
    return application;
  }

  /** An offer left unanswered: closed, its subject free for a manual application. */
  public Application offerExpired(String processInstanceId) {
    Application application = forInstance(processInstanceId);
    if (application.getStatus() == ApplicationStatus.OFFER_EXPIRED) {
      return application;
    }
    application.offerClosed(ApplicationStatus.OFFER_EXPIRED, clock.now());
    claims.release(application.getBusinessKey());
    record(application, Step.OFFER, ApplicationEvent.Action.OFFER_EXPIRED, null, null, null);
    return application;
  }

  public void offerReminded(String processInstanceId, String comment) {
    record(forInstance(processInstanceId), Step.OFFER, ApplicationEvent.Action.OFFER_REMINDED, null, comment, null);
  }

  /** A holder corrected a figure the application used: noted in its history for the next reviewer. */
  public Application dataCorrected(String businessKey, String correction) {
    Application application = get(businessKey);
    record(application, Step.DATA, ApplicationEvent.Action.DATA_CORRECTED, null, null, correction);
    return application;
  }

  /** The approving unit reviewed a correction of an approved award's figures; the award itself is unchanged. */
  public void correctionReviewed(String businessKey, String userId, String conclusion, String comment) {
    record(get(businessKey), Step.DATA, ApplicationEvent.Action.DATA_REVIEWED, userId, conclusion + "：" + comment, null);
  }

  /** A step noted in an application's history, for {@link #noteAll}. */
  public record Note(String businessKey, String comment) {}

  /**
   * The same step of many applications (a 公示 list, a payment batch) noted in their histories by
   * JDBC batches: no record is loaded, nothing but the history changes.
   */
  public void noteAll(List<Note> notes, Step step, ApplicationEvent.Action action, String actor) {
    Timestamp now = Timestamp.from(clock.now());
    jdbc.batchUpdate("insert into application_event (business_key, occurred_at, step, action, actor, comment)"
        + " values (?, ?, ?, ?, ?, ?)", notes, 500, (statement, note) -> {
          statement.setString(1, note.businessKey());
          statement.setTimestamp(2, now);
          statement.setString(3, step.name());
          statement.setString(4, action.name());
          statement.setString(5, actor);
          statement.setString(6, note.comment());
        });
    publisher.publishEvent(new ApplicationsNoted(step, action, notes));
  }

  /**
   * 撤回: the enterprise withdraws its application before the township has verified it; its
   * subject is free again. @throws Refusal (409) once verified or closed
   */
  public Application withdraw(String businessKey, String userId, String reason) {
    Application application = get(businessKey);
    Step step = application.getStatus() == ApplicationStatus.FILED ? Step.TOWNSHIP : Step.FILING;
    application.withdrawn(clock.now());
    claims.release(businessKey);
    record(application, step, ApplicationEvent.Action.WITHDRAWN, userId, reason, null);
    return application;
  }

  /** An objection in 公示 was upheld: the award is withdrawn and its subject free again. */
  public void objectionUpheld(String businessKey, String userId, String reason) {
    Application application = get(businessKey);
    claims.release(businessKey);
    record(application, Step.PUBLICITY, ApplicationEvent.Action.OBJECTION_UPHELD, userId, reason, null);
  }

  /** The filing next to the holders' current figures for its subject, as text; null when they have none. */
  @Transactional(readOnly = true)
  public String dataComparison(Application application) {
    return dataComparison(application, data);
  }

  /** The same, on figures already read (an offer being made reads its batch's at once). */
  @Transactional(readOnly = true)
  public String dataComparison(Application application, HolderFacts facts) {
    if (application.getFilingJson() == null) {
      return null;
    }
    DataComparison comparison = caseOf(application).compareWithData(application.getFilingJson(), facts);
    return comparison == null ? null : comparison.text();
  }

  public Decision evaluate(String processInstanceId) {
    Application application = forInstance(processInstanceId);
    Decision decision = caseOf(application).evaluate(application.getFilingJson());
    application.evaluated(decision, clock.now());
    return decision;
  }

  /** Applies a reviewer's decision. @throws Refusal if it is not allowed in the current state */
  public Application review(String processInstanceId, ReviewInput input, String userId) {
    Application application = forInstance(processInstanceId);
    ApplicationEvent.Action action = switch (input.outcome()) {
      case ADVANCE -> {
        advance(application, input.stage(), userId);
        yield ApplicationEvent.Action.ADVANCED;
      }
      case RETURN -> {
        application.returned(clock.now());
        yield ApplicationEvent.Action.RETURNED;
      }
      case REJECT -> {
        application.rejected(input.stage().title() + "：" + input.comment(), clock.now());
        claims.release(application.getBusinessKey());
        yield ApplicationEvent.Action.REJECTED;
      }
    };
    record(application, Step.of(input.stage()), action, userId, input.comment(), null);
    return application;
  }

  /** Records the amount finally awarded by the ledger. */
  public void settled(String businessKey, Decision decision) {
    Application application = get(businessKey);
    application.settled(decision, clock.now());
    record(application, Step.BUREAU, ApplicationEvent.Action.AWARDED, null,
        "入账金额 " + Money.display(decision.amount()), null);
  }

  /**
   * Closes a draft or returned filing that was never filed (again): discarded by its enterprise
   * ({@code actor} is the user) or expired ({@code actor} null); its subject is free again.
   * Closing one already closed the same way does nothing.
   */
  public Application closeUnfiled(String processInstanceId, ApplicationStatus closing, String actor, String comment) {
    Application application = forInstance(processInstanceId);
    if (application.getStatus() == closing) {
      return application;
    }
    application.closedUnfiled(closing, clock.now());
    claims.release(application.getBusinessKey());
    record(application, Step.FILING, closing == ApplicationStatus.DISCARDED
        ? ApplicationEvent.Action.DISCARDED : ApplicationEvent.Action.EXPIRED, actor, comment, null);
    return application;
  }

  /** A review step has passed its due date: noted in the history its reviewers and the enterprise read. */
  public void overdue(String processInstanceId, Step step, String comment) {
    record(forInstance(processInstanceId), step, ApplicationEvent.Action.OVERDUE, null, comment, null);
  }

  @Transactional(readOnly = true)
  public List<ApplicationEvent> history(Application application) {
    return events.findByBusinessKeyOrderByIdAsc(application.getBusinessKey());
  }

  private void record(Application application, Step step, ApplicationEvent.Action action, String actor, String comment,
      String changes) {
    events.save(new ApplicationEvent(application.getBusinessKey(), clock.now(), step, action, actor, comment,
        changes == null ? null : cut(changes, 4000)));
    publisher.publishEvent(new ApplicationsNoted(step, action, List.of(new Note(application.getBusinessKey(), comment))));
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  /** The filings of the enterprise's approved applications of the same program and edition. */
  private List<String> approvedFilings(Application application) {
    return approvedFilings(application.getEnterpriseCode(), application.getProgramKey(), application.getPolicyEdition());
  }

  private List<String> approvedFilings(String enterpriseCode, String programKey, String edition) {
    return applications.findByEnterpriseCodeAndProgramKeyAndPolicyEditionAndStatus(enterpriseCode, programKey, edition,
        ApplicationStatus.APPROVED).stream().map(Application::getFilingJson).toList();
  }

  private void advance(Application application, ReviewStage stage, String userId) {
    switch (stage) {
      case TOWNSHIP -> application.verified(clock.now());
      case CERTIFICATION -> application.certified(clock.now());
      case BUREAU -> {
        // another application of the enterprise may have been approved since this one was filed
        List<String> conflicts = caseOf(application).conflictsWithApproved(application.getFilingJson(),
            approvedFilings(application));
        if (!conflicts.isEmpty()) {
          throw Refusal.badInput("不能批准：" + String.join("；", conflicts) + "。请选择“退回修改”");
        }
        boolean certifies = caseOf(application).policy().certifyingUnit() != null;
        application.approved(certifies ? ApplicationStatus.CERTIFIED : ApplicationStatus.VERIFIED, userId, clock.now());
      }
    }
  }
}
