package cn.gov.qztb.subsidy.identity;

import cn.gov.qztb.subsidy.access.AccessRules;
import cn.gov.qztb.subsidy.access.TasklistFilters;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.program.ProgramRegistry;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.DataHolder;
import cn.gov.qztb.subsidy.reference.DataHolderRepository;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import cn.gov.qztb.subsidy.reference.DistrictUnitRepository;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import cn.gov.qztb.subsidy.reference.TownshipRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/** Grants the standing authorizations of {@link AccessRules} to the groups the seeds define. */
@Component
public class AccessSeeder {

  private final AccessRules rules;
  private final ProgramRegistry programs;
  private final PolicyBook policies;
  private final EnterpriseRepository enterprises;
  private final DistrictUnitRepository units;
  private final DataHolderRepository holders;
  private final TownshipRepository townships;
  private final TasklistFilters filters;

  public AccessSeeder(AccessRules rules, ProgramRegistry programs, PolicyBook policies, EnterpriseRepository enterprises,
      DistrictUnitRepository units, DataHolderRepository holders, TownshipRepository townships,
      TasklistFilters filters) {
    this.holders = holders;
    this.rules = rules;
    this.programs = programs;
    this.policies = policies;
    this.enterprises = enterprises;
    this.units = units;
    this.townships = townships;
    this.filters = filters;
  }

  public void seed() {
    rules.administrators();
    rules.everyone(filters.sharedFilterIds());
    rules.usersOnThemselves();
    rules.tasksWorkOnly();
    enterprises.findAll().forEach(this::enterprise);
    townships.findAll().forEach(township -> rules.township(township.getGroupId(), programKeys()));
    policies.programsByUnit().forEach((unitCode, programKeys) ->
        units.findById(unitCode).ifPresent(unit -> rules.unit(unit.getGroupId(), programKeys)));
    // every unit publicizes the awards it approved (公示) and reviews the objections to its lists
    units.findAll().forEach(unit -> rules.unit(unit.getGroupId(), List.of("awardPublicity", "publicityObjection")));
    // the paying units follow their payment batches (拨付)
    policies.payingUnits().forEach(code ->
        units.findById(code).ifPresent(unit -> rules.unit(unit.getGroupId(), List.of("awardDisbursement"))));
    for (Dataset dataset : Dataset.values()) {
      holders.findById(dataset.holderCode()).map(DataHolder::getGroupId)
          .or(() -> units.findById(dataset.holderCode()).map(DistrictUnit::getGroupId))
          .ifPresent(rules::dataHolder);
    }
  }

  /** An enterprise's staff may start every program. */
  public void enterprise(Enterprise enterprise) {
    rules.enterprise(enterprise.getGroupId(), programKeys());
  }

  private List<String> programKeys() {
    return programs.all().stream().map(SubsidyProgram::key).sorted().toList();
  }
}
