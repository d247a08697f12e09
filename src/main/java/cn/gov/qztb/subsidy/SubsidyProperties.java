package cn.gov.qztb.subsidy;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Application settings under {@code subsidy.*}.
 *
 * @param seedsLocation where seeds/ is read from (a Spring resource location ending in '/')
 * @param zone the district's time zone: "today" and every date window are judged in it
 * @param ledgerReaders codes of the units that may read the whole ledger (区财政金融与国资局 pays)
 * @param service the service terms (办理时限) of an edition that sets none of its own
 */
@ConfigurationProperties("subsidy")
public record SubsidyProperties(String seedsLocation, ZoneId zone, List<String> ledgerReaders, Service service) {

  public SubsidyProperties {
    ledgerReaders = ledgerReaders == null ? List.of() : List.copyOf(ledgerReaders);
    service = service == null ? new Service(5, 5, 10, 30) : service;
  }

  /**
   * 办理时限: working days for each review step, and calendar days a draft may stay unfiled.
   *
   * @param townshipWorkingDays 乡镇核实
   * @param certificationWorkingDays 重点企业认定
   * @param bureauWorkingDays 部门审批
   * @param draftExpiryDays 填报: a draft (or a returned filing) untouched this long is closed
   */
  public record Service(int townshipWorkingDays, int certificationWorkingDays, int bureauWorkingDays,
      int draftExpiryDays) {}
}
