package cn.gov.qztb.subsidy.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link ProcessTest} on its own database: imported holders' data (a key-project registry, offers
 * made to every enterprise with figures) would otherwise change what the other tests' filings meet.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ProcessTest
@TestPropertySource(properties = "camunda.bpm.process-engine-name=holderData")
public @interface HolderDataTest {}
