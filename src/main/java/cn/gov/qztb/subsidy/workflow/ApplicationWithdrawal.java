package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.access.Viewers;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.engine.EngineUsers;
import cn.gov.qztb.subsidy.program.FilingReader;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤回: staff of the application's enterprise withdraw it, with a reason, while it is a draft or
 * waits for township verification. The record becomes WITHDRAWN and its subject free; the process
 * instance is ended as externally terminated (its open task disappears from every list) with the
 * reason kept in Cockpit's history. A township verifying at the same moment and the withdrawal
 * cannot both win: the record's version and the instance's revision decide.
 */
@Service
public class ApplicationWithdrawal {

  private static final Set<ApplicationStatus> WITHDRAWABLE = Set.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED,
      ApplicationStatus.DISPUTED, ApplicationStatus.FILED);

  private final ApplicationService applications;
  private final Viewers viewers;
  private final RuntimeService runtime;
  private final EngineUsers users;

  public ApplicationWithdrawal(ApplicationService applications, Viewers viewers, RuntimeService runtime,
      EngineUsers users) {
    this.applications = applications;
    this.viewers = viewers;
    this.runtime = runtime;
    this.users = users;
  }

  /** @throws Refusal 404 for an application the user's enterprise does not hold, 400 without a reason, 409 once verified */
  @Transactional
  public Application withdraw(String number, Map<String, Object> input, String userId) {
    Viewer viewer = viewers.of(userId);
    Application application = applications.find(number)
        .filter(found -> viewer.enterpriseCodes().contains(found.getEnterpriseCode()))
        .orElseThrow(() -> Refusal.notFound("没有找到申请" + shorten(number) + "，或该申请不属于您的企业"));
    FilingReader reader = new FilingReader(input == null ? Map.of() : input);
    String reason = reader.text("reason", "撤回原因", 500);
    reader.done();
    if (!WITHDRAWABLE.contains(application.getStatus()) && application.getStatus() != ApplicationStatus.VERIFIED
        && application.getStatus() != ApplicationStatus.CERTIFIED) {
      throw Refusal.conflict("申请" + number + "当前状态为“" + application.getStatus().label() + "”，不能撤回"
          + (application.getStatus() == ApplicationStatus.OFFERED ? "：免申即享的推送请在“确认申领”中选择不申领" : ""));
    }
    Application withdrawn = applications.withdraw(number, userId, reason);
    users.asSystem(() -> {
      runtime.deleteProcessInstance(application.getProcessInstanceId(), "企业撤回申请：" + reason, true, true);
      return null;
    });
    return withdrawn;
  }

  private static String shorten(String number) {
    return number == null ? "" : number.length() > 32 ? number.substring(0, 32) : number;
  }
}
