package cn.gov.qztb.subsidy.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of an application's history (办理记录); written once, never changed. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

  /** What happened; the label is what the history shows. */
  public enum Action {
    OPENED("创建草稿"),
    OFFERED("系统推送免申即享奖补"),
    OFFER_ACCEPTED("确认申领"),
    OFFER_DISPUTED("提出数据有误"),
    OFFER_DECLINED("不申领"),
    OFFER_REMINDED("确认期限将至提醒"),
    OFFER_EXPIRED("逾期未确认，已关闭"),
    DATA_CORRECTED("数据持有单位更正数据"),
    DATA_REVIEWED("数据更正复核"),
    PUBLICIZED("列入公示"),
    OBJECTION_UPHELD("公示异议成立，奖补撤销"),
    PAYMENT_ORDERED("下达拨付"),
    PAID("拨付到账"),
    PAYMENT_FAILED("拨付失败，待核对收款账户"),
    FILED("提交申请"),
    REFILED("修改后重新提交"),
    ADVANCED("通过"),
    RETURNED("退回修改"),
    REJECTED("驳回"),
    AWARDED("登记奖补台账"),
    OVERDUE("超过办理时限"),
    DISCARDED("企业放弃申请"),
    WITHDRAWN("企业撤回申请"),
    EXPIRED("草稿逾期未提交，已关闭");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_key")
  private String businessKey;

  @Column(name = "occurred_at")
  private Instant at;

  @Enumerated(EnumType.STRING)
  private Step step;

  @Enumerated(EnumType.STRING)
  private Action action;

  private String actor;
  private String comment;
  private String changes;

  protected ApplicationEvent() {}

  ApplicationEvent(String businessKey, Instant at, Step step, Action action, String actor, String comment,
      String changes) {
    this.businessKey = businessKey;
    this.at = at;
    this.step = step;
    this.action = action;
    this.actor = actor;
    this.comment = comment;
    this.changes = changes;
  }

  public Long getId() {
    return id;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public Instant getAt() {
    return at;
  }

  public Step getStep() {
    return step;
  }

  public Action getAction() {
    return action;
  }

  public String getActor() {
    return actor;
  }

  public String getComment() {
    return comment;
  }

  public String getChanges() {
    return changes;
  }
}
