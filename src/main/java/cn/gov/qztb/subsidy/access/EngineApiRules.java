package cn.gov.qztb.subsidy.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a caller other than an administrator may send with the operations they are allowed: a
 * start with nothing but the program; a completion with the task's form fields only, as plain
 * values; a claim for themselves; a comment on a task that is theirs to work; their own password.
 * A refusal is a {@link GateRefusal} naming the field in Chinese.
 */
@Component
public class EngineApiRules {

  /** Plain value types of Camunda's REST API; objects, JSON, XML, bytes and files are not accepted. */
  static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double", "date",
      "null");
  static final int MAX_TEXT = 4000;
  static final int MAX_COMMENT = 1000;

  private final TaskService tasks;
  private final TaskFormFields formFields;
  private final Callers callers;

  public EngineApiRules(TaskService tasks, TaskFormFields formFields, Callers callers) {
    this.tasks = tasks;
    this.formFields = formFields;
    this.callers = callers;
  }

  void check(EngineApiOperation operation, Map<String, String> path, Map<String, String[]> query, JsonNode body,
      Caller caller) {
    switch (operation.id()) {
      case "startProcessInstance", "startProcessInstanceByKey", "submitForm", "submitFormByKey" -> start(body);
      case "complete", "submit" -> complete(path.get("id"), body, caller);
      case "claim" -> claim(body, caller);
      case "createComment" -> comment(path.get("id"), body, caller);
      case "updateCredentials" -> self(path.get("id"), caller, "只能修改自己的密码");
      case "getGroupInfo", "isUserAuthorized" -> self(first(query, "userId"), caller, "只能查询自己的权限和所属组");
      default -> { }
    }
  }

  /** Applies to administrators too: a filter belongs to whoever makes it. */
  void checkFilterOwner(EngineApiOperation operation, JsonNode body, Caller caller) {
    if ((operation.id().equals("createFilter") || operation.id().equals("updateFilter")) && body != null) {
      JsonNode owner = body.get("owner");
      if (owner != null && !owner.isNull() && !owner.asText().equals(caller.userId())) {
        throw GateRefusal.forbidden("不能创建或修改属于其他用户（" + owner.asText() + "）的过滤器");
      }
    }
  }

  private void start(JsonNode body) {
    if (body == null) {
      return;
    }
    onlyFields(body, Set.of("variables", "businessKey", "withVariablesInReturn"),
        "发起申请时不能提交“%s”：申请只能从“企业发起申请”开始");
    JsonNode variables = body.get("variables");
    if (variables != null && !variables.isNull()) {
      if (!variables.isObject()) {
        throw GateRefusal.badRequest("发起申请时不能提交变量：申请内容在“填报申请”环节填写");
      }
      Iterator<String> names = variables.fieldNames();
      if (names.hasNext()) {
        throw GateRefusal.badRequest("发起申请时不能提交变量“" + names.next() + "”：申请内容在“填报申请”环节填写");
      }
    }
    JsonNode businessKey = body.get("businessKey");
    if (businessKey != null && !businessKey.isNull() && !businessKey.asText().isBlank()) {
      throw GateRefusal.badRequest("不能指定业务编号（businessKey）：申请编号由系统生成，请留空");
    }
  }

  private void complete(String taskId, JsonNode body, Caller caller) {
    Map<String, String> fields = callers.as(caller, () -> visible(taskId) == null ? null : formFields.of(taskId));
    if (fields == null) {
      throw new GateRefusal(404, "任务不存在，或您无权查看该任务");
    }
    if (body == null) {
      return;
    }
    onlyFields(body, Set.of("variables", "withVariablesInReturn"), "提交任务时不能附带“%s”");
    JsonNode variables = body.get("variables");
    if (variables == null || variables.isNull()) {
      return;
    }
    if (!variables.isObject()) {
      throw GateRefusal.badRequest("提交内容格式错误：variables 应为对象");
    }
    variables.fields().forEachRemaining(entry -> {
      if (!fields.containsKey(entry.getKey())) {
        throw GateRefusal.badRequest("不能提交本环节表单以外的数据“" + entry.getKey() + "”；本环节可填写："
            + fields.entrySet().stream().map(f -> f.getValue() + "（" + f.getKey() + "）").collect(Collectors.joining("、")));
      }
      plainValue("「" + fields.get(entry.getKey()) + "」（" + entry.getKey() + "）", entry.getValue());
    });
  }

  /** A variable as the REST API carries it ({value, type, valueInfo}): a plain value of bounded length. */
  static void plainValue(String label, JsonNode variable) {
    if (!variable.isObject()) {
      throw GateRefusal.badRequest(label + "格式错误");
    }
    onlyFields(variable, Set.of("value", "type", "valueInfo"), label + "中不能包含“%s”");
    JsonNode type = variable.get("type");
    if (type != null && !type.isNull() && !PLAIN_TYPES.contains(type.asText().toLowerCase())) {
      throw GateRefusal.badRequest(label + "的类型“" + type.asText() + "”不被接受：只接受文字、数字、日期和是/否");
    }
    JsonNode info = variable.get("valueInfo");
    if (info != null && !info.isNull() && !(info.isObject() && info.isEmpty())) {
      throw GateRefusal.badRequest(label + "不能附带类型信息（valueInfo）");
    }
    JsonNode value = variable.get("value");
    if (value != null && !value.isNull() && !value.isValueNode()) {
      throw GateRefusal.badRequest(label + "应为单个值，不能是对象或列表");
    }
    if (value != null && value.isTextual() && value.asText().codePointCount(0, value.asText().length()) > MAX_TEXT) {
      throw GateRefusal.badRequest(label + "过长：不能超过" + MAX_TEXT + "个字");
    }
  }

  private static void claim(JsonNode body, Caller caller) {
    JsonNode user = body == null ? null : body.get("userId");
    if (user == null || !caller.userId().equals(user.asText())) {
      throw GateRefusal.forbidden("只能以自己的名义认领任务");
    }
  }

  private void comment(String taskId, JsonNode body, Caller caller) {
    Task task = callers.as(caller, () -> visible(taskId));
    if (task == null) {
      throw new GateRefusal(404, "任务不存在，或您无权查看该任务");
    }
    if (!worksOn(task, caller)) {
      throw GateRefusal.forbidden("只能在由您或您所在单位办理的任务上添加意见");
    }
    if (body == null) {
      throw GateRefusal.badRequest("意见内容（message）为必填项");
    }
    onlyFields(body, Set.of("message", "processInstanceId"), "添加意见时不能附带“%s”");
    JsonNode instance = body.get("processInstanceId");
    if (instance != null && !instance.isNull() && !instance.asText().equals(task.getProcessInstanceId())) {
      throw GateRefusal.forbidden("意见只能添加在该任务所属的申请上");
    }
    JsonNode message = body.get("message");
    String text = message == null || !message.isTextual() ? "" : message.asText().strip();
    if (text.isEmpty()) {
      throw GateRefusal.badRequest("意见内容（message）为必填项");
    }
    if (text.codePointCount(0, text.length()) > MAX_COMMENT) {
      throw GateRefusal.badRequest("意见内容（message）不能超过" + MAX_COMMENT + "个字");
    }
    if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw GateRefusal.badRequest("意见内容（message）含有不可见的控制字符");
    }
  }

  private boolean worksOn(Task task, Caller caller) {
    if (caller.userId().equals(task.getAssignee())) {
      return true;
    }
    List<IdentityLink> links = callers.asSystem(() -> tasks.getIdentityLinksForTask(task.getId()));
    return links.stream().anyMatch(link -> caller.userId().equals(link.getUserId())
        || (link.getGroupId() != null && caller.groupIds().contains(link.getGroupId())));
  }

  private Task visible(String taskId) {
    return taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
  }

  private static void self(String userId, Caller caller, String message) {
    if (userId != null && !userId.equals(caller.userId())) {
      throw GateRefusal.forbidden(message);
    }
  }

  private static void onlyFields(JsonNode body, Set<String> allowed, String message) {
    if (!body.isObject()) {
      throw GateRefusal.badRequest("请求内容应为JSON对象");
    }
    body.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        throw GateRefusal.badRequest(String.format(message, name));
      }
    });
  }

  private static String first(Map<String, String[]> query, String name) {
    String[] values = query.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }
}
