package cn.gov.qztb.subsidy.tracking;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.SubsidyProperties;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationEvent;
import cn.gov.qztb.subsidy.application.ApplicationEventRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.application.Deciders;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.Step;
import cn.gov.qztb.subsidy.letter.Decision;
import cn.gov.qztb.subsidy.letter.DecisionLetter;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.program.ProgramCase;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision letter of an approved, rejected or withdrawn application, from the database: the
 * enterprise, the program and clause of the application's edition, the amount finally recorded,
 * the figures as filed, the rule's notes or the reason, and who decided when.
 */
@Service
@Transactional(readOnly = true)
public class DecisionLetters {

  private static final Map<ApplicationStatus, Decision> DECISIONS = Map.of(ApplicationStatus.APPROVED,
      Decision.APPROVED, ApplicationStatus.REJECTED, Decision.REJECTED, ApplicationStatus.WITHDRAWN, Decision.WITHDRAWN);
  private static final Map<Decision, ApplicationEvent.Action> ACTIONS = Map.of(Decision.APPROVED,
      ApplicationEvent.Action.AWARDED, Decision.REJECTED, ApplicationEvent.Action.REJECTED, Decision.WITHDRAWN,
      ApplicationEvent.Action.WITHDRAWN);

  private final EnterpriseRepository enterprises;
  private final PolicyBook policies;
  private final ApplicationService applications;
  private final ApplicationEventRepository events;
  private final Deciders deciders;
  private final ZoneId zone;

  public DecisionLetters(EnterpriseRepository enterprises, PolicyBook policies, ApplicationService applications,
      ApplicationEventRepository events, Deciders deciders, SubsidyProperties properties) {
    this.enterprises = enterprises;
    this.policies = policies;
    this.applications = applications;
    this.events = events;
    this.deciders = deciders;
    this.zone = properties.zone();
  }

  /** @throws Refusal (409) while the application is undecided */
  public DecisionLetter of(Application application) {
    Decision decision = DECISIONS.get(application.getStatus());
    if (decision == null) {
      throw Refusal.conflict("申请" + application.getBusinessKey() + "当前状态为“" + application.getStatus().label()
          + "”，尚无决定书（批准、驳回或撤回后方可下载）");
    }
    List<ApplicationEvent> history = events.findByBusinessKeyOrderByIdAsc(application.getBusinessKey());
    ApplicationEvent decided = history.stream().filter(event -> event.getAction() == ACTIONS.get(decision))
        .reduce((first, second) -> second).orElseThrow();
    Step step = decision == Decision.REJECTED ? decided.getStep() : Step.BUREAU;
    Enterprise enterprise = enterprises.findById(application.getEnterpriseCode()).orElseThrow();
    ProgramCase<?, ?> programCase = applications.caseOf(application);
    String reason = switch (decision) {
      case APPROVED -> application.getNotes();
      case REJECTED -> application.getRejectionReason();
      case WITHDRAWN -> decided.getComment();
    };
    List<DecisionLetter.Figure> figures = decision == Decision.WITHDRAWN || application.getFilingJson() == null
        ? List.of() : programCase.describe(application.getFilingJson()).stream().map(DecisionLetters::figure).toList();
    return new DecisionLetter(application.getBusinessKey(), enterprise.getName(), enterprise.getCreditCode(),
        policies.title(application.getPolicyEdition(), application.getProgramKey()), programCase.policy().clause(),
        application.getPolicyEdition(), policies.documentName(application.getPolicyEdition()), decision,
        decision == Decision.APPROVED ? application.getAmount() : null, figures, reason,
        deciders.of(application, step).name(), decided.getAt().atZone(zone).toLocalDate());
  }

  /** A described field, 「label：value」, as a figure of the letter. */
  private static DecisionLetter.Figure figure(String line) {
    int colon = line.indexOf('：');
    return colon < 0 ? new DecisionLetter.Figure(line, "") : new DecisionLetter.Figure(line.substring(0, colon).strip(),
        line.substring(colon + 1).strip());
  }
}
