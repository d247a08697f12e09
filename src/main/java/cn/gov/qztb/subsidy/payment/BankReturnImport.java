package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.engine.EngineUsers;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bank's return file recorded through the API: its lines are recorded like typed ones, and when
 * the batch has every answer its 登记银行回单 task is completed by the same user, in the same
 * transaction, so the batch's process ends with the last answer.
 */
@Service
public class BankReturnImport {

  private final BankReturns returns;
  private final PaymentBatches batches;
  private final TaskService tasks;
  private final EngineUsers users;
  private final EnterpriseMemberships memberships;

  public BankReturnImport(BankReturns returns, PaymentBatches batches, TaskService tasks, EngineUsers users,
      EnterpriseMemberships memberships) {
    this.returns = returns;
    this.batches = batches;
    this.tasks = tasks;
    this.users = users;
    this.memberships = memberships;
  }

  /** @throws Refusal (400) naming what is wrong with the file or with its lines; nothing is recorded then */
  @Transactional
  public BankReturns.Recorded importFile(long id, InputStream file, String userId) {
    List<BankResult> results = BankReturnFile.read(file);
    BankReturns.Recorded recorded = returns.record(id, results, userId);
    if (recorded.remaining() == 0) {
      String instance = (String) batches.batch(id).get("process_instance_id");
      users.as(userId, memberships.groupIdsOf(userId), memberships.tenantIdsOf(userId), () -> {
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("recordBankReturn")
            .singleResult();
        if (task != null) {
          tasks.complete(task.getId());
        }
        return null;
      });
    }
    return recorded;
  }
}
