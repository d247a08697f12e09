package cn.gov.qztb.subsidy.migration;

import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.access.Viewers;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators only. {@code GET /api/admin/migrations/{program}}: a dry run to the newest
 * version with equal ids mapped. {@code POST} with a {@link MigrationRequest}: a dry run with the
 * administrator's mappings, or, with {@code "execute": true}, the migration itself.
 */
@RestController
public class MigrationController {

  private final MigrationService migrations;
  private final Viewers viewers;
  private final IdentityService identity;
  private final EnterpriseMemberships memberships;

  public MigrationController(MigrationService migrations, Viewers viewers, IdentityService identity,
      EnterpriseMemberships memberships) {
    this.migrations = migrations;
    this.viewers = viewers;
    this.identity = identity;
    this.memberships = memberships;
  }

  @GetMapping("/api/admin/migrations/{program}")
  public ResponseEntity<?> dryRun(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @PathVariable String program) {
    return migrate(userId, program, MigrationRequest.dryRun());
  }

  @PostMapping("/api/admin/migrations/{program}")
  public ResponseEntity<?> migrate(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @PathVariable String program, @RequestBody MigrationRequest request) {
    if (!viewers.of(userId).administrator()) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "仅系统管理员可以迁移流程实例"));
    }
    // the engine records the administrator as the one who planned and started the batch
    identity.setAuthentication(userId, memberships.groupIdsOf(userId), memberships.tenantIdsOf(userId));
    try {
      return ResponseEntity.ok(migrations.migrate(program, request));
    } catch (MigrationPlanValidationException invalid) {
      return ResponseEntity.badRequest().body(Map.of("message", "迁移方案无效：" + invalid.getMessage()));
    } catch (IllegalArgumentException unknown) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", unknown.getMessage()));
    } finally {
      identity.clearAuthentication();
    }
  }
}
