package org.trayflow.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntFunction;

/**
 * n pieces of work released at the same instant, one thread each, as a crowd pressing "order"
 * together.
 */
final class AllAtOnce {

  private AllAtOnce() {}

  /**
   * @return each piece's result, in the order of {@code i}
   */
  static <T> List<T> run(int n, IntFunction<Callable<T>> work) throws Exception {
    return run(Executors.defaultThreadFactory(), n, work);
  }

  /**
   * The same on n threads made by the caller's factory (inside the server: its managed thread
   * factory, so that the work has the application's context). A shared executor would not do: it
   * runs as many at once as its pool happens to hold, and a crowd queued in it never presses.
   */
  static <T> List<T> run(ThreadFactory threads, int n, IntFunction<Callable<T>> work)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n, threads);
    try {
      return together(pool, n, work);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> List<T> together(ExecutorService pool, int n, IntFunction<Callable<T>> work)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Callable<T> task = work.apply(i);
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get());
    }
    return results;
  }
}
