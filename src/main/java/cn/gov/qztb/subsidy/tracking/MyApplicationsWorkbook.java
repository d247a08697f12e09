package cn.gov.qztb.subsidy.tracking;

import cn.gov.qztb.subsidy.cases.CaseView;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** 我的申请 as an XLSX workbook (fastexcel): one row per application, amounts as numbers with two decimals. */
final class MyApplicationsWorkbook {

  private static final String[] HEADERS = {"申请编号", "奖补项目", "申请企业", "乡镇", "政策版本", "申请状态", "奖补状态",
      "金额（元）", "当前环节", "创建时间", "更新时间"};
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private MyApplicationsWorkbook() {}

  static void write(List<MyApplication> rows, ZoneId zone, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "qztb-subsidy", "1.0");
    Worksheet sheet = workbook.newWorksheet("我的申请");
    for (int c = 0; c < HEADERS.length; c++) {
      sheet.value(0, c, HEADERS[c]);
      sheet.style(0, c).bold().set();
    }
    int r = 1;
    for (MyApplication row : rows) {
      CaseView view = row.application();
      sheet.value(r, 0, view.applicationNumber());
      sheet.value(r, 1, view.programTitle());
      sheet.value(r, 2, view.enterpriseName());
      sheet.value(r, 3, view.townshipName());
      sheet.value(r, 4, view.policyEdition());
      sheet.value(r, 5, view.statusLabel());
      sheet.value(r, 6, row.awardStatusLabel() == null ? "" : row.awardStatusLabel());
      if (view.amount() != null) {
        sheet.value(r, 7, new BigDecimal(view.amount()));
        sheet.style(r, 7).format("#,##0.00").set();
      }
      sheet.value(r, 8, view.currentStep() == null ? "" : view.currentStep());
      sheet.value(r, 9, view.createdAt() == null ? "" : TIME.format(view.createdAt().atZone(zone)));
      sheet.value(r, 10, view.updatedAt() == null ? "" : TIME.format(view.updatedAt().atZone(zone)));
      r++;
    }
    workbook.finish();
  }
}
