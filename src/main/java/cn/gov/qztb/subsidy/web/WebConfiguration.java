package cn.gov.qztb.subsidy.web;

import cn.gov.qztb.subsidy.access.ActuatorGuard;
import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.access.Callers;
import cn.gov.qztb.subsidy.access.EngineApiAllowList;
import cn.gov.qztb.subsidy.access.EngineApiGate;
import cn.gov.qztb.subsidy.access.EngineApiOperations;
import cn.gov.qztb.subsidy.access.EngineApiRules;
import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.access.Logins;
import cn.gov.qztb.subsidy.access.RefusalCounter;
import cn.gov.qztb.subsidy.access.TasklistFilters;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class WebConfiguration {

  /** After {@link EngineRestSecurity}'s login filter, which says who the /engine-rest caller is. */
  static final int ENGINE_API_GATE_ORDER = EngineRestSecurity.AUTHENTICATION_ORDER + 1;

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(Logins logins) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(logins));
    registration.addUrlPatterns("/api/*");
    registration.setName("apiAuthenticationFilter");
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineApiGate> engineApiGate(EngineApiOperations operations, EngineApiAllowList allowList,
      EngineApiRules rules, Callers callers, TasklistFilters filters, RefusalCounter refusals) {
    FilterRegistrationBean<EngineApiGate> registration =
        new FilterRegistrationBean<>(new EngineApiGate(operations, allowList, rules, callers, filters, refusals));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("engineApiGate");
    registration.setOrder(ENGINE_API_GATE_ORDER);
    return registration;
  }

  /** Actuator: the health probes for anyone, everything else for administrators. */
  @Bean
  FilterRegistrationBean<ActuatorGuard> actuatorGuard(Logins logins, EnterpriseMemberships memberships) {
    FilterRegistrationBean<ActuatorGuard> registration = new FilterRegistrationBean<>(new ActuatorGuard(logins, memberships));
    registration.addUrlPatterns("/actuator/*");
    registration.setName("actuatorGuard");
    return registration;
  }
}
