package cn.gov.qztb.subsidy.ledger;

import cn.gov.qztb.subsidy.SubsidyProperties;
import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.access.Viewers;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/awards: the part of the ledger the caller may see. Staff see their enterprise's
 * awards, verifiers their township's, units those of the programs they approve; the units named
 * in {@code subsidy.ledger-readers} (区财政金融与国资局) and administrators see all.
 */
@RestController
public class AwardController {

  private final AwardRepository awards;
  private final Viewers viewers;
  private final PolicyBook policies;
  private final SubsidyProperties properties;
  private final EnterpriseRepository enterprises;

  public AwardController(AwardRepository awards, Viewers viewers, PolicyBook policies, SubsidyProperties properties,
      EnterpriseRepository enterprises) {
    this.awards = awards;
    this.viewers = viewers;
    this.policies = policies;
    this.properties = properties;
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
    if (viewer.administrator() || viewer.unitCodes().stream().anyMatch(properties.ledgerReaders()::contains)) {
      return awards.findAllByOrderByIdAsc();
    }
    Set<String> programs = new TreeSet<>();
    viewer.unitCodes().forEach(unit -> programs.addAll(policies.programsByUnit().getOrDefault(unit, Set.of())));
    return Stream.of(
            viewer.enterpriseCodes().isEmpty() ? List.<Award>of() : awards.findByEnterpriseCodeInOrderByIdAsc(viewer.enterpriseCodes()),
            viewer.townshipCodes().isEmpty() ? List.<Award>of() : awards.findByTownshipCodeInOrderByIdAsc(viewer.townshipCodes()),
            programs.isEmpty() ? List.<Award>of() : awards.findByProgramKeyInOrderByIdAsc(programs))
        .flatMap(List::stream)
        .distinct()
        .sorted(Comparator.comparing(Award::getId))
        .toList();
  }
}
