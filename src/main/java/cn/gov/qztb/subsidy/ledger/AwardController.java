package cn.gov.qztb.subsidy.ledger;

import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.access.Viewers;
import cn.gov.qztb.subsidy.cases.ReadScope;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/awards: the part of the ledger the caller may read ({@link ReadScope}).
 */
@RestController
public class AwardController {

  private final AwardRepository awards;
  private final Viewers viewers;
  private final PolicyBook policies;
  private final ReadScope scopes;
  private final EnterpriseRepository enterprises;

  public AwardController(AwardRepository awards, Viewers viewers, PolicyBook policies, ReadScope scopes,
      EnterpriseRepository enterprises) {
    this.awards = awards;
    this.viewers = viewers;
    this.policies = policies;
    this.scopes = scopes;
    this.enterprises = enterprises;
  }

  @GetMapping("/api/awards")
  @Transactional(readOnly = true)
  public List<AwardView> awards(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    Map<String, String> names = new HashMap<>();
    return visibleTo(viewers.of(userId)).stream()
        .map(award -> AwardView.of(award, policies.title(award.getPolicyEdition(), award.getProgramKey()),
            names.computeIfAbsent(award.getEnterpriseCode(),
                code -> enterprises.findById(code).map(Enterprise::getName).orElse(code))))
        .toList();
  }

  List<Award> visibleTo(Viewer viewer) {
    ReadScope.Of scope = scopes.of(viewer);
    if (scope.all()) {
      return awards.findAllByOrderByIdAsc();
    }
    return Stream.of(
            scope.enterpriseCodes().isEmpty() ? List.<Award>of() : awards.findByEnterpriseCodeInOrderByIdAsc(scope.enterpriseCodes()),
            scope.townshipCodes().isEmpty() ? List.<Award>of() : awards.findByTownshipCodeInOrderByIdAsc(scope.townshipCodes()),
            scope.programKeys().isEmpty() ? List.<Award>of() : awards.findByProgramKeyInOrderByIdAsc(scope.programKeys()))
        .flatMap(List::stream)
        .distinct()
        .sorted(Comparator.comparing(Award::getId))
        .toList();
  }
}
