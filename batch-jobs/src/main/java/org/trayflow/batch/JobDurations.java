package org.trayflow.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** How long each run of a job took, for ops to see a job that starts to drag. */
@Named
@Dependent
public class JobDurations extends AbstractJobListener {

  private static final Metadata DURATION = Metadata.builder().withName("trayflow.batch.job")
      .withDescription("Batch job run time, by job").withUnit(MetricUnits.SECONDS).build();

  @Inject JobContext job;
  @Inject MetricRegistry registry;

  private long started;

  @Override
  public void beforeJob() {
    started = System.nanoTime();
  }

  @Override
  public void afterJob() {
    registry.timer(DURATION, new Tag("job", job.getJobName())).update(Duration.ofNanos(System.nanoTime() - started));
  }
}
