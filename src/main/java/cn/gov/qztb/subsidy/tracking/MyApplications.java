package cn.gov.qztb.subsidy.tracking;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationEventRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.cases.CaseQuery;
import cn.gov.qztb.subsidy.cases.CaseSearch;
import cn.gov.qztb.subsidy.cases.CaseView;
import cn.gov.qztb.subsidy.cases.ReadScope;
import cn.gov.qztb.subsidy.cases.ViewerApplications;
import cn.gov.qztb.subsidy.engine.EngineUsers;
import cn.gov.qztb.subsidy.ledger.AwardStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 我的申请: the applications and offers a user may read — an enterprise's staff their enterprise's,
 * officials what their township or unit reads — through the officials' case search, with where
 * each award's money stands, and one application's history and next action. What is not the
 * viewer's is not found.
 */
@Service
@Transactional(readOnly = true)
public class MyApplications {

  static final Set<ApplicationStatus> DECIDED = Set.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED,
      ApplicationStatus.WITHDRAWN);

  private final CaseSearch search;
  private final ReadScope scopes;
  private final NamedParameterJdbcTemplate jdbc;
  private final ViewerApplications reachable;
  private final ApplicationEventRepository events;
  private final TaskService tasks;
  private final EngineUsers users;
  private final EnterpriseMemberships memberships;

  public MyApplications(CaseSearch search, ReadScope scopes, NamedParameterJdbcTemplate jdbc,
      ViewerApplications reachable, ApplicationEventRepository events, TaskService tasks, EngineUsers users,
      EnterpriseMemberships memberships) {
    this.search = search;
    this.scopes = scopes;
    this.jdbc = jdbc;
    this.reachable = reachable;
    this.events = events;
    this.tasks = tasks;
    this.users = users;
    this.memberships = memberships;
  }

  public List<MyApplication> list(Viewer viewer, CaseQuery query) {
    List<CaseView> found = search.search(scopes.of(viewer), query);
    Map<String, String> statuses = new HashMap<>();
    if (!found.isEmpty()) {
      jdbc.query("select business_key, status from award where business_key in (:numbers)",
          Map.of("numbers", found.stream().map(CaseView::applicationNumber).toList()),
          row -> {
            statuses.put(row.getString(1), row.getString(2));
          });
    }
    return found.stream().map(view -> {
      String status = statuses.get(view.applicationNumber());
      return new MyApplication(view, status, status == null ? null : AwardStatus.valueOf(status).label());
    }).toList();
  }

  /** @throws Refusal (404) for an application the viewer may not read, whatever the number */
  public Application readable(Viewer viewer, String number) {
    return reachable.readable(viewer, number);
  }

  /** @throws Refusal (404) for an application the viewer may not read, whatever the number */
  public MyApplicationDetail detail(Viewer viewer, String number) {
    Application application = readable(viewer, number);
    MyApplication summary = list(viewer, CaseQuery.of("all", number, application.getProgramKey(), "500")).stream()
        .filter(found -> found.application().applicationNumber().equals(number)).findFirst().orElseThrow();
    List<MyApplicationDetail.Entry> history = events.findByBusinessKeyOrderByIdAsc(number).stream()
        .map(event -> new MyApplicationDetail.Entry(event.getAt(), event.getStep().title(), event.getAction().label(),
            event.getActor(), event.getComment(), event.getChanges()))
        .toList();
    return new MyApplicationDetail(summary, history, next(viewer, application));
  }

  private MyApplicationDetail.NextAction next(Viewer viewer, Application application) {
    boolean staff = viewer.enterpriseCodes().contains(application.getEnterpriseCode());
    Task open = null;
    List<String> groups = memberships.groupIdsOf(viewer.userId());
    for (Task task : users.asSystem(() -> tasks.createTaskQuery()
        .processInstanceId(application.getProcessInstanceId()).list())) {
      List<IdentityLink> links = users.asSystem(() -> tasks.getIdentityLinksForTask(task.getId()));
      if (links.stream().anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()))) {
        open = task;
      }
    }
    String letter = DECIDED.contains(application.getStatus())
        ? "/api/my-applications/" + application.getBusinessKey() + "/decision-letter.pdf" : null;
    return new MyApplicationDetail.NextAction(open == null ? null : open.getId(), open == null ? null : open.getName(),
        staff && application.getStatus().withdrawable(), letter);
  }
}
