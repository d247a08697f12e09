package cn.gov.qztb.subsidy.account;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.access.Viewers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/bank-account}: the receiving account of the caller's own enterprise, for its
 * staff only; always masked when shown, with every change (who, when, before and after).
 */
@RestController
public class BankAccountController {

  private final BankAccounts accounts;
  private final Viewers viewers;

  public BankAccountController(BankAccounts accounts, Viewers viewers) {
    this.accounts = accounts;
    this.viewers = viewers;
  }

  @GetMapping("/api/bank-account")
  public Map<String, Object> get(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    String enterprise = enterpriseOf(userId);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("account", accounts.shown(enterprise).orElse(null));
    answer.put("changes", accounts.changes(enterprise));
    return answer;
  }

  @PutMapping("/api/bank-account")
  public Map<String, Object> put(@RequestBody Map<String, Object> input,
      @RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    accounts.set(enterpriseOf(userId), input, userId);
    return get(userId);
  }

  private String enterpriseOf(String userId) {
    Viewer viewer = viewers.of(userId);
    if (viewer.enterpriseCodes().size() != 1) {
      throw Refusal.forbidden("收款账户只能由本企业的经办人员查看和设置");
    }
    return viewer.enterpriseCodes().iterator().next();
  }
}
