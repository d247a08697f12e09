package cn.gov.qztb.subsidy.publicity;

import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.engine.ProcessBean;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the 公示 processes ask of the application, e.g.
 * {@code camunda:candidateGroups="${publicities.unit(execution)}"}: always from the list's record.
 */
@ProcessBean
@Component("publicities")
public class PublicityProcess {

  private final PublicityService publicities;
  private final Objections objections;
  private final EnterpriseMemberships memberships;

  public PublicityProcess(PublicityService publicities, Objections objections, EnterpriseMemberships memberships) {
    this.publicities = publicities;
    this.objections = objections;
    this.memberships = memberships;
  }

  /** The group of the list's unit (awardPublicity). */
  public String unit(DelegateExecution execution) {
    return publicities.unitOf(publicities.idOf(execution.getProcessInstanceId())).getGroupId();
  }

  /** The group of the unit whose list an objection concerns (publicityObjection). */
  public String objectionUnit(DelegateExecution execution) {
    return publicities.unitOf(objections.publicityOf(Objections.idOf(execution.getProcessBusinessKey()))).getGroupId();
  }

  /** The end of the list's period, for its timer. */
  public Date endsAt(DelegateExecution execution) {
    return Date.from(publicities.endsAt(publicities.idOf(execution.getProcessInstanceId())));
  }

  public void close(DelegateExecution execution) {
    execution.setVariable("publicizedCount", publicities.close(publicities.idOf(execution.getProcessInstanceId())));
  }

  /** @return the user, staff of the unit @throws Refusal (403) otherwise */
  String requireUnitStaff(DistrictUnit unit, String userId) {
    return memberships.requireMember(userId, unit.getGroupId(), "“" + unit.getName() + "”", "办理本单位的公示事项");
  }
}
