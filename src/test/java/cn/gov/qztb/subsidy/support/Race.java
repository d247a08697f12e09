package cn.gov.qztb.subsidy.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs actions on real threads released at the same instant; returns what each threw (null if nothing). */
public final class Race {

  private Race() {}

  public static List<Throwable> run(Runnable... actions) {
    ExecutorService threads = Executors.newFixedThreadPool(actions.length);
    CyclicBarrier start = new CyclicBarrier(actions.length);
    try {
      List<Future<Throwable>> outcomes = new ArrayList<>();
      for (Runnable action : actions) {
        outcomes.add(threads.submit(() -> {
          start.await();
          try {
            action.run();
            return null;
          } catch (Throwable t) {
            return t;
          }
        }));
      }
      List<Throwable> results = new ArrayList<>();
      for (Future<Throwable> outcome : outcomes) {
        results.add(outcome.get(60, TimeUnit.SECONDS));
      }
      return results;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      threads.shutdownNow();
    }
  }
}
