package cn.gov.qztb.subsidy.program.newtostatistics;

import java.util.Arrays;
import java.util.Optional;
import cn.gov.qztb.subsidy.program.Labelled;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;

/** The statistics category an enterprise newly entered; each matches one kind in the registry. */
public enum StatisticsCategory implements Labelled {
  INDUSTRIAL("规模以上工业企业", EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "规上工业"),
  WHOLESALE_RETAIL("限额以上批发零售业企业", EnterpriseKind.WHOLESALE_RETAIL, "限上批发零售"),
  ACCOMMODATION_CATERING("限额以上住宿餐饮业企业", EnterpriseKind.ACCOMMODATION_CATERING, "限上住宿餐饮"),
  SERVICES("服务业企业", EnterpriseKind.SERVICES, "规上服务业");

  private final String label;
  private final EnterpriseKind registeredKind;
  /** 纳统类别 as 区科技经济发展局's list (Dataset.STATISTICS_INCLUSION) names it. */
  private final String datasetName;

  StatisticsCategory(String label, EnterpriseKind registeredKind, String datasetName) {
    this.label = label;
    this.registeredKind = registeredKind;
    this.datasetName = datasetName;
  }

  public static Optional<StatisticsCategory> ofDataset(String name) {
    return Arrays.stream(values()).filter(c -> c.datasetName.equals(name)).findFirst();
  }

  public String label() {
    return label;
  }

  public EnterpriseKind registeredKind() {
    return registeredKind;
  }
}
