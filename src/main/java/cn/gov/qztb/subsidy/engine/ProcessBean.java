package cn.gov.qztb.subsidy.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean the processes' expressions may name although it is no delegate or listener (e.g.
 * {@code ${caseRouting.township(execution)}}); see {@link ProcessBeans}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProcessBean {}
