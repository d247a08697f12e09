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
 */
@ConfigurationProperties("subsidy")
public record SubsidyProperties(String seedsLocation, ZoneId zone, List<String> ledgerReaders) {

  public SubsidyProperties {
    ledgerReaders = ledgerReaders == null ? List.of() : List.copyOf(ledgerReaders);
  }
}
