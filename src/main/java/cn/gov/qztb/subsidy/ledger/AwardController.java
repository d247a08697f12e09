package cn.gov.qztb.subsidy.ledger;

import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.access.Viewers;
import cn.gov.qztb.subsidy.cases.ReadScope;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import cn.gov.qztb.subsidy.reference.DistrictUnitRepository;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import cn.gov.qztb.subsidy.reference.Township;
import cn.gov.qztb.subsidy.reference.TownshipRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
  private final TownshipRepository townships;
  private final DistrictUnitRepository units;

  public AwardController(AwardRepository awards, Viewers viewers, PolicyBook policies, ReadScope scopes,
      EnterpriseRepository enterprises, TownshipRepository townships, DistrictUnitRepository units) {
    this.townships = townships;
    this.units = units;
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

  /** GET /api/awards/totals: the caller's part of the ledger, totalled by program, township, unit, edition and status. */
  @GetMapping("/api/awards/totals")
  @Transactional(readOnly = true)
  public List<AwardTotals.Row> totals(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    Map<String, String> townshipNames = new HashMap<>();
    Map<String, String> unitNames = new HashMap<>();
    return AwardTotals.of(visibleTo(viewers.of(userId)),
        award -> policies.title(award.getPolicyEdition(), award.getProgramKey()),
        award -> townshipNames.computeIfAbsent(award.getTownshipCode(),
            code -> townships.findById(code).map(Township::getName).orElse(code)),
        award -> unitNames.computeIfAbsent(award.getPolicyEdition() + "/" + award.getProgramKey(), key -> {
          String code = policies.approvingUnit(award.getPolicyEdition(), award.getProgramKey());
          return code == null ? "" : units.findById(code).map(DistrictUnit::getName).orElse(code);
        }));
  }

  /** GET /api/awards/totals.xlsx: the same totals as a workbook, with a grand total. */
  @GetMapping("/api/awards/totals.xlsx")
  @Transactional(readOnly = true)
  public ResponseEntity<byte[]> totalsWorkbook(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId)
      throws IOException {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("奖补台账汇总.xlsx", StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(TotalsWorkbook.write(totals(userId)));
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
