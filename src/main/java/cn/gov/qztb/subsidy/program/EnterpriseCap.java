package cn.gov.qztb.subsidy.program;

import java.math.BigDecimal;

/** Implemented by a program's policy when the clause limits the total per enterprise. */
public interface EnterpriseCap {

  BigDecimal enterpriseCap();
}
