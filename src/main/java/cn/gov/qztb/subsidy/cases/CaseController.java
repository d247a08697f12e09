package cn.gov.qztb.subsidy.cases;

import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.access.Viewers;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/cases?state=open|finished|all&amp;q=…&amp;program=…&amp;status=…&amp;township=…&amp;limit=…: the applications the caller
 * may read, open or finished, for the Cockpit 案件查询 page (and the enterprise's own view).
 */
@RestController
public class CaseController {

  private final CaseSearch search;
  private final ReadScope scopes;
  private final Viewers viewers;

  public CaseController(CaseSearch search, ReadScope scopes, Viewers viewers) {
    this.search = search;
    this.scopes = scopes;
    this.viewers = viewers;
  }

  @GetMapping("/api/cases")
  public List<CaseView> cases(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @RequestParam(required = false) String state, @RequestParam(name = "q", required = false) String text,
      @RequestParam(required = false) String program, @RequestParam(required = false) String limit,
      @RequestParam(required = false) String status, @RequestParam(required = false) String township) {
    return search.search(scopes.of(viewers.of(userId)), CaseQuery.of(state, text, program, limit, status, township));
  }
}
