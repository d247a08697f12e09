package cn.gov.qztb.subsidy;

import java.time.LocalDate;
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
 * @param businessDate the day the policy rules take as today (业务日期), or null for the real date:
 *     which edition applies, whether filing is open, and "not after today". The demo sets
 *     2024-04-15 so that the 2024 edition stays usable; production must not set it.
 */
@ConfigurationProperties("subsidy")
public record SubsidyProperties(String seedsLocation, ZoneId zone, List<String> ledgerReaders, Service service,
    LocalDate businessDate) {

  public SubsidyProperties {
    ledgerReaders = ledgerReaders == null ? List.of() : List.copyOf(ledgerReaders);
    service = service == null ? new Service(5, 5, 10, 30, 30, 7) : service;
  }

  /**
   * 办理时限: working days for each review step, and calendar days a draft may stay unfiled.
   *
   * @param townshipWorkingDays 乡镇核实
   * @param certificationWorkingDays 重点企业认定
   * @param bureauWorkingDays 部门审批
   * @param draftExpiryDays 填报: a draft (or a returned filing) untouched this long is closed
   * @param offerConfirmDays 确认申领: an offer (免申即享) unanswered this long expires
   * @param offerReminderDays the reminder of an unanswered offer, this many days before it expires
   */
  public record Service(int townshipWorkingDays, int certificationWorkingDays, int bureauWorkingDays,
      int draftExpiryDays, Integer offerConfirmDays, Integer offerReminderDays) {

    public Service {
      offerConfirmDays = offerConfirmDays == null ? 30 : offerConfirmDays;
      offerReminderDays = offerReminderDays == null ? 7 : offerReminderDays;
    }
  }
}
