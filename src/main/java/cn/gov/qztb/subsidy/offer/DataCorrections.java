package cn.gov.qztb.subsidy.offer;

import cn.gov.qztb.subsidy.access.AccessRules;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationData;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.application.Deciders;
import cn.gov.qztb.subsidy.application.Step;
import cn.gov.qztb.subsidy.dataimport.HolderDataImported;
import cn.gov.qztb.subsidy.dataimport.HolderStore;
import cn.gov.qztb.subsidy.engine.SystemStart;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.workflow.ProcessVariables;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A holder corrected figures that applications used. An application still under way shows the
 * correction to its next reviewer (history and the forms' 数据更正提示); an approved award gets a
 * review task for its unit (数据更正复核), and its money is not changed by the import.
 */
@Component
class DataCorrections {

  static final String REVIEW_PROCESS = "dataCorrectionReview";
  private static final Set<ApplicationStatus> UNDER_WAY = EnumSet.of(ApplicationStatus.OFFERED,
      ApplicationStatus.DISPUTED, ApplicationStatus.FILED, ApplicationStatus.RETURNED, ApplicationStatus.VERIFIED,
      ApplicationStatus.CERTIFIED);

  private final ApplicationData dataUsed;
  private final ApplicationService applications;
  private final HolderStore store;
  private final RuntimeService runtime;
  private final Deciders deciders;
  private final AccessRules access;

  DataCorrections(ApplicationData dataUsed, ApplicationService applications, HolderStore store, RuntimeService runtime,
      Deciders deciders, AccessRules access) {
    this.dataUsed = dataUsed;
    this.applications = applications;
    this.store = store;
    this.runtime = runtime;
    this.deciders = deciders;
    this.access = access;
  }

  @EventListener
  void imported(HolderDataImported imported) {
    Map<String, List<String>> byApplication = new LinkedHashMap<>();
    for (HolderDataImported.Correction correction : imported.corrections()) {
      String text = describe(imported.dataset(), correction);
      for (String businessKey : dataUsed.users(imported.dataset(), correction.key(), correction.period())) {
        byApplication.computeIfAbsent(businessKey, k -> new ArrayList<>()).add(text);
      }
    }
    byApplication.forEach((businessKey, texts) -> notify(businessKey, String.join("\n", texts)));
  }

  private void notify(String businessKey, String text) {
    Application application = applications.dataCorrected(businessKey, text);
    if (UNDER_WAY.contains(application.getStatus())) {
      Object earlier = runtime.getVariable(application.getProcessInstanceId(), ProcessVariables.DATA_CORRECTIONS);
      runtime.setVariable(application.getProcessInstanceId(), ProcessVariables.DATA_CORRECTIONS,
          earlier instanceof String before && !before.isEmpty() ? before + "\n" + text : text);
      runtime.setVariable(application.getProcessInstanceId(), ProcessVariables.DATA_COMPARISON,
          applications.dataComparison(application));
    } else if (application.getStatus() == ApplicationStatus.APPROVED) {
      startReview(application, text);
    }
  }

  private void startReview(Application application, String text) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ProcessVariables.APPLICATION_NUMBER, application.getBusinessKey());
    variables.put(ProcessVariables.PROGRAM_TITLE, applications.caseOf(application).policy().title());
    variables.put(ProcessVariables.ENTERPRISE_NAME, applications.caseOf(application).enterprise().getName());
    variables.put(ProcessVariables.AWARD_AMOUNT_TEXT, Money.display(application.getAmount()));
    variables.put(ProcessVariables.DATA_CORRECTIONS, text);
    variables.put(ProcessVariables.DATA_COMPARISON, applications.dataComparison(application));
    String processInstanceId = SystemStart.inTenant(application.getTownshipCode(), () -> runtime
        .startProcessInstanceByKey(REVIEW_PROCESS, application.getBusinessKey(), variables).getProcessInstanceId());
    access.application(processInstanceId, deciders.of(application, Step.BUREAU).groupId());
  }

  /** "惠安供电公司数据更正：91350521…… 2024-01「工业用电量（千瓦时）」120000 → 118500（2024-03-08 导入）". */
  private String describe(Dataset dataset, HolderDataImported.Correction correction) {
    List<String> changes = new ArrayList<>();
    for (Dataset.Column column : dataset.columns()) {
      String before = correction.before().get(column.name());
      String after = correction.after().get(column.name());
      if (column.role() != Dataset.Column.Role.KEY && column.role() != Dataset.Column.Role.PERIOD
          && !Objects.equals(before, after)) {
        changes.add("「" + column.header() + "」" + (before == null ? "（无）" : before) + " → "
            + (after == null ? "（无）" : after));
      }
    }
    return store.holderName(dataset) + "数据更正：" + dataset.keyColumn().header() + correction.key()
        + (correction.period().isEmpty() ? "" : " " + correction.period()) + " " + String.join("，", changes);
  }
}
