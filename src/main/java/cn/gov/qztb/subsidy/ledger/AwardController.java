package cn.gov.qztb.subsidy.ledger;

import cn.gov.qztb.subsidy.web.ApiAuthenticationFilter;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/awards: the ledger records, for a logged-in user. */
@RestController
public class AwardController {

  private final AwardRepository awards;

  public AwardController(AwardRepository awards) {
    this.awards = awards;
  }

  @GetMapping("/api/awards")
  @Transactional(readOnly = true)
  public List<AwardView> awards(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    return awards.findAllByOrderByIdAsc().stream().map(AwardView::of).toList();
  }
}
