package cn.gov.qztb.subsidy.program.newtostatistics;

import cn.gov.qztb.subsidy.program.Labelled;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;

/** The statistics category an enterprise newly entered; each matches one kind in the registry. */
public enum StatisticsCategory implements Labelled {
  INDUSTRIAL("规模以上工业企业", EnterpriseKind.INDUSTRIAL_ABOVE_SIZE),
  WHOLESALE_RETAIL("限额以上批发零售业企业", EnterpriseKind.WHOLESALE_RETAIL),
  ACCOMMODATION_CATERING("限额以上住宿餐饮业企业", EnterpriseKind.ACCOMMODATION_CATERING),
  SERVICES("服务业企业", EnterpriseKind.SERVICES);

  private final String label;
  private final EnterpriseKind registeredKind;

  StatisticsCategory(String label, EnterpriseKind registeredKind) {
    this.label = label;
    this.registeredKind = registeredKind;
  }

  public String label() {
    return label;
  }

  public EnterpriseKind registeredKind() {
    return registeredKind;
  }
}
