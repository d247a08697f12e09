package cn.gov.qztb.subsidy.ledger;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.program.AwardHistory;
import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.EnterpriseCap;
import cn.gov.qztb.subsidy.program.ProgramCase;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the ledger. Recording is idempotent (a retried job finds the record it already wrote)
 * and serialized per enterprise by a row lock, so deductions and caps see every earlier award of
 * the same policy edition (each edition's caps count its own awards only).
 */
@Service
public class LedgerService {

  private final AwardRepository awards;
  private final ApplicationService applications;
  private final EnterpriseRepository enterprises;
  private final SubsidyClock clock;

  private final ApplicationEventPublisher events;

  public LedgerService(AwardRepository awards, ApplicationService applications, EnterpriseRepository enterprises,
      SubsidyClock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.awards = awards;
    this.applications = applications;
    this.enterprises = enterprises;
    this.clock = clock;
  }

  /** Records the award of the application that the process instance created. */
  @Transactional
  public Award record(String processInstanceId) {
    Application application = applications.forInstance(processInstanceId);
    String businessKey = application.getBusinessKey();
    enterprises.lockByCreditCode(application.getEnterpriseCode()).orElseThrow();
    var existing = awards.findByBusinessKey(businessKey);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (application.getStatus() != ApplicationStatus.APPROVED) {
      throw new IllegalStateException("申请" + businessKey + "尚未批准（当前状态：" + application.getStatus().label() + "），不能登记奖补");
    }
    ProgramCase<?, ?> programCase = applications.caseOf(application);
    List<AwardHistory.PastAward> past = awards
        .findByEnterpriseCodeAndProgramKeyAndPolicyEdition(application.getEnterpriseCode(), application.getProgramKey(),
            application.getPolicyEdition()).stream()
        .map(a -> new AwardHistory.PastAward(a.getSubjectKey(), a.getAmount()))
        .toList();
    AwardHistory history = () -> past;
    Decision decision = programCase.settle(application.getFilingJson(), application.decision(), history);
    if (programCase.policy() instanceof EnterpriseCap cap) {
      decision = EnterpriseCap.apply(decision, cap.enterpriseCap(), history.total(), programCase.policy().clause());
    }
    Award award = awards.saveAndFlush(new Award(businessKey, application.getProgramKey(), programCase.policy().clause(),
        application.getEnterpriseCode(), application.getTownshipCode(), application.getSubjectKey(), decision.amount(),
        application.getPolicyEdition(), application.getProcessInstanceId(), application.getApprovedBy(),
        application.getApprovedAt(), clock.now(), decision.notesText()));
    applications.settled(businessKey, decision);
    events.publishEvent(new AwardStatusChanged(award.getId(), null, AwardStatus.APPROVED));
    return award;
  }
}
