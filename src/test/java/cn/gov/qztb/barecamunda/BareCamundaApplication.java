package cn.gov.qztb.barecamunda;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;

/**
 * (Outside cn.gov.qztb.subsidy, so that the application's component scan never finds it.)
 *
 * The startup benchmark's yardstick: a bare Camunda Spring Boot starter application (webapps,
 * REST, JPA, H2) on the same classpath, configured by bench-bare.yaml and nothing of ours.
 */
@SpringBootApplication(exclude = FlywayAutoConfiguration.class) // our migrations are on the same classpath
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(BareCamundaApplication.class);
    application.setDefaultProperties(java.util.Map.of("spring.config.name", "bench-bare"));
    application.run(args);
  }
}
