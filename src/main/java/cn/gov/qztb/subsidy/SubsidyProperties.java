package cn.gov.qztb.subsidy;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Application settings under {@code subsidy.*}.
 *
 * @param seedsLocation where seeds/ is read from (a Spring resource location ending in '/')
 * @param zone the district's time zone: "today" and every date window are judged in it
 */
@ConfigurationProperties("subsidy")
public record SubsidyProperties(String seedsLocation, ZoneId zone) {}
