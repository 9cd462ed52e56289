package org.trayflow.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * How long each run of a job took, for ops to see a job that starts to drag, and when each job last
 * completed, for the alert that an hourly job was missed.
 */
@Named
@Dependent
public class JobDurations extends AbstractJobListener {

  private static final Metadata DURATION =
      Metadata.builder()
          .withName("trayflow.batch.job")
          .withDescription("Batch job run time, by job")
          .withUnit(MetricUnits.SECONDS)
          .build();

  private static final Metadata LAST_COMPLETED =
      Metadata.builder()
          .withName("trayflow.batch.job.last.completed")
          .withDescription("When the job last completed on this instance (epoch seconds)")
          .withUnit(MetricUnits.SECONDS)
          .build();

  /** One holder per job name for the life of the application: the gauges read them. */
  private static final Map<String, AtomicLong> COMPLETED_AT = new ConcurrentHashMap<>();

  @Inject JobContext job;
  @Inject MetricRegistry registry;

  private long started;

  @Override
  public void beforeJob() {
    started = System.nanoTime();
  }

  @Override
  public void afterJob() {
    registry
        .timer(DURATION, new Tag("job", job.getJobName()))
        .update(Duration.ofNanos(System.nanoTime() - started));
    BatchStatus status = job.getBatchStatus();
    if (status != BatchStatus.FAILED
        && status != BatchStatus.STOPPED
        && status != BatchStatus.STOPPING) {
      AtomicLong completedAt =
          COMPLETED_AT.computeIfAbsent(
              job.getJobName(),
              name -> {
                AtomicLong holder = new AtomicLong();
                registry.gauge(LAST_COMPLETED, holder, AtomicLong::get, new Tag("job", name));
                return holder;
              });
      completedAt.set(Instant.now().getEpochSecond());
    }
  }
}
