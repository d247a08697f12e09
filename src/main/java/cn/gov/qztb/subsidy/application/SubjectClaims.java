package cn.gov.qztb.subsidy.application;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The one-application-per-subject rule: a project, an enterprise's stage or period … may be held
 * by one open or awarded application of a policy edition at a time (a later edition may award it
 * again). A rejected application lets its subject go.
 */
@Service
public class SubjectClaims {

  private final SubjectClaimRepository claims;
  private final SubsidyClock clock;

  public SubjectClaims(SubjectClaimRepository claims, SubsidyClock clock) {
    this.claims = claims;
    this.clock = clock;
  }

  /**
   * @param sameEnterprise whether the holder of a clashing claim is the applicant's own enterprise
   *     (only then is its application number shown: other enterprises' applications stay private)
   * @throws Refusal when another application holds the subject
   */
  public void claim(String programKey, String edition, String subjectKey, String businessKey, String subjectLabel,
      java.util.function.Predicate<String> sameEnterprise) {
    Optional<SubjectClaim> held = claims.findById(new SubjectClaim.Key(programKey, edition, subjectKey));
    if (held.isPresent()) {
      if (held.get().getBusinessKey().equals(businessKey)) {
        return;
      }
      throw duplicate(subjectLabel, held.get().getBusinessKey(), sameEnterprise);
    }
    claims.deleteByBusinessKey(businessKey);
    try {
      claims.saveAndFlush(new SubjectClaim(programKey, edition, subjectKey, businessKey, clock.now()));
    } catch (DataIntegrityViolationException race) {
      throw Refusal.conflict(subjectLabel + "刚刚已由另一份申请提交，不能重复申请");
    }
  }

  /** The first claim of a new application (an offer): it holds no other subject to give up. */
  public void claimNew(String programKey, String edition, String subjectKey, String businessKey, String subjectLabel) {
    try {
      claims.saveAndFlush(new SubjectClaim(programKey, edition, subjectKey, businessKey, clock.now()));
    } catch (DataIntegrityViolationException race) {
      throw Refusal.conflict(subjectLabel + "刚刚已由另一份申请提交，不能重复申请");
    }
  }

  /** The application holding the subject, if any. */
  public Optional<String> holder(String programKey, String edition, String subjectKey) {
    return claims.findById(new SubjectClaim.Key(programKey, edition, subjectKey)).map(SubjectClaim::getBusinessKey);
  }

  public void release(String businessKey) {
    claims.deleteByBusinessKey(businessKey);
  }

  private static Refusal duplicate(String subjectLabel, String holder,
      java.util.function.Predicate<String> sameEnterprise) {
    if (sameEnterprise.test(holder)) {
      return Refusal.badInput("本企业已就" + subjectLabel + "提交申请（申请编号" + holder
          + "），该申请在办或已获奖补，不能重复申请");
    }
    return Refusal.badInput(subjectLabel + "已有其他申请在办或已获奖补，不能重复申请");
  }
}
