package cn.gov.qztb.subsidy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * 泉州台商投资区惠企政策兑现系统: the subsidy programs of 泉台管办发明电〔2024〕3号 as
 * Camunda 7 processes, with their rules, their ledger and their reference data.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SubsidyApplication {

  public static void main(String[] args) {
    SpringApplication.run(SubsidyApplication.class, args);
  }
}
