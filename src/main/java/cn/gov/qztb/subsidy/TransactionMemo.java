package cn.gov.qztb.subsidy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers asked again within one transaction, kept until it ends: a step of a process asks for
 * its application record, its deciders and the user's groups from several listeners, and each
 * question would otherwise be a query. Nothing outlives the transaction, so nodes share nothing.
 */
public final class TransactionMemo {

  private static final Object KEY = TransactionMemo.class;

  private TransactionMemo() {}

  /** Records a value just made (e.g. a new record), so that the transaction need not read it back. */
  @SuppressWarnings("unchecked")
  public static void remember(String key, Object value) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      get(key, () -> value);
      ((Map<String, Object>) TransactionSynchronizationManager.getResource(KEY)).put(key, value);
    }
  }

  /** The value computed once per transaction for the key; computed every time outside a transaction. */
  @SuppressWarnings("unchecked")
  public static <T> T get(String key, Supplier<T> compute) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return compute.get();
    }
    Map<String, Object> memo = (Map<String, Object>) TransactionSynchronizationManager.getResource(KEY);
    if (memo == null) {
      Map<String, Object> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(KEY, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
      });
      memo = fresh;
    }
    T known = (T) memo.get(key);
    if (known == null) {
      known = compute.get();
      if (known != null) {
        memo.put(key, known);
      }
    }
    return known;
  }
}
