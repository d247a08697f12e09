package cn.gov.qztb.subsidy.cases;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application by its number, as a user may reach it: one they may read (their enterprise's,
 * township's or unit's), or one their enterprise holds. Any other number, existing or not, is not
 * found: a guess learns nothing.
 */
@Service
@Transactional(readOnly = true)
public class ViewerApplications {

  private final ApplicationService applications;
  private final ReadScope scopes;

  public ViewerApplications(ApplicationService applications, ReadScope scopes) {
    this.applications = applications;
    this.scopes = scopes;
  }

  /** @throws Refusal (404) unless the viewer may read it */
  public Application readable(Viewer viewer, String number) {
    ReadScope.Of scope = scopes.of(viewer);
    return applications.find(number)
        .filter(found -> scope.includes(found.getEnterpriseCode(), found.getTownshipCode(), found.getProgramKey()))
        .orElseThrow(() -> Refusal.notFound("没有找到申请" + shown(number) + "，或您无权查看"));
  }

  /** @throws Refusal (404) unless the viewer works for the application's enterprise */
  public Application held(Viewer viewer, String number) {
    return applications.find(number).filter(found -> viewer.enterpriseCodes().contains(found.getEnterpriseCode()))
        .orElseThrow(() -> Refusal.notFound("没有找到申请" + shown(number) + "，或该申请不属于您的企业"));
  }

  /** Whether the viewer may read the application. */
  public boolean mayRead(Viewer viewer, Application application) {
    return scopes.of(viewer).includes(application.getEnterpriseCode(), application.getTownshipCode(),
        application.getProgramKey());
  }

  /** A number as a message repeats it: at most 32 characters of whatever was sent. */
  static String shown(String number) {
    return number == null ? "" : number.length() > 32 ? number.substring(0, 32) : number;
  }
}
