package cn.gov.qztb.subsidy.application;

import cn.gov.qztb.subsidy.TransactionMemo;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import cn.gov.qztb.subsidy.reference.DistrictUnitRepository;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import cn.gov.qztb.subsidy.reference.Township;
import cn.gov.qztb.subsidy.reference.TownshipRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must act at each step of an application, as the database says: the enterprise of the
 * record, its township, and the units the record's policy edition names for its program. No
 * process variable takes part, so nothing a client sends can route a step to someone else.
 */
@Component
public class Deciders {

  /** The group that acts at a step, and its Chinese name for messages. */
  public record Decider(String groupId, String name) {}

  private final ApplicationService applications;
  private final EnterpriseRepository enterprises;
  private final TownshipRepository townships;
  private final DistrictUnitRepository units;
  private final PolicyBook policies;

  public Deciders(ApplicationService applications, EnterpriseRepository enterprises, TownshipRepository townships,
      DistrictUnitRepository units, PolicyBook policies) {
    this.policies = policies;
    this.applications = applications;
    this.enterprises = enterprises;
    this.townships = townships;
    this.units = units;
  }

  @Transactional(readOnly = true)
  public Decider of(Application application, Step step) {
    return TransactionMemo.get("decider:" + application.getBusinessKey() + ":" + step, () -> lookUp(application, step));
  }

  private Decider lookUp(Application application, Step step) {
    return switch (step) {
      case FILING, OFFER -> {
        Enterprise enterprise = enterprises.findById(application.getEnterpriseCode()).orElseThrow();
        yield new Decider(enterprise.getGroupId(), enterprise.getName());
      }
      case TOWNSHIP -> {
        Township township = townships.findById(application.getTownshipCode()).orElseThrow();
        yield new Decider(township.getGroupId(), township.getName());
      }
      case CERTIFICATION -> unit(policy(application).certifyingUnit(), application, step);
      case BUREAU, PUBLICITY -> unit(policy(application).approvingUnit(), application, step);
      case PAYMENT -> unit(policies.payment(application.getPolicyEdition(), application.getProgramKey()).unitCode(),
          application, step);
      case DATA -> throw new IllegalArgumentException("no one decides a data correction's step");
    };
  }

  private ProgramPolicy policy(Application application) {
    return applications.caseOf(application).policy();
  }

  private Decider unit(String code, Application application, Step step) {
    if (code == null) {
      throw new IllegalStateException(application.getPolicyEdition() + "版政策未规定" + application.getProgramKey()
          + "的" + step.title() + "单位");
    }
    DistrictUnit unit = units.findById(code)
        .orElseThrow(() -> new IllegalStateException("policy names unknown unit " + code));
    return new Decider(unit.getGroupId(), unit.getName());
  }
}
