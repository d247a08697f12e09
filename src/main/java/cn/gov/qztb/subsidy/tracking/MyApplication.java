package cn.gov.qztb.subsidy.tracking;

import cn.gov.qztb.subsidy.cases.CaseView;

/** One application on 我的申请: the case as the case search shows it, and once awarded where its money stands (公示, 拨付). */
public record MyApplication(CaseView application, String awardStatus, String awardStatusLabel) {}
