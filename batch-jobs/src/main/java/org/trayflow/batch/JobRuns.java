package org.trayflow.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.trayflow.batch.notifications.NotificationDrainJob;
import org.trayflow.batch.quotas.QuotaPrecomputeJob;
import org.trayflow.batch.sitecensus.SiteCensusJob;

/** The jobs ops may start and follow, and their runs as the job repository keeps them. */
@ApplicationScoped
public class JobRuns {

  public static final Set<String> JOBS =
      Set.of(QuotaPrecomputeJob.NAME, SiteCensusJob.NAME, NotificationDrainJob.NAME);

  /** One run of a job. */
  public record Run(
      long executionId,
      String job,
      String status,
      String exitStatus,
      Instant started,
      Instant ended) {

    public static Run of(JobExecution execution) {
      return new Run(
          execution.getExecutionId(),
          execution.getJobName(),
          execution.getBatchStatus().name(),
          execution.getExitStatus(),
          instant(execution.getStartTime()),
          instant(execution.getEndTime()));
    }

    private static Instant instant(java.util.Date date) {
      return date == null ? null : date.toInstant();
    }
  }

  /** Newest first, of the job's newest {@code instances} instances. */
  public List<Run> newest(String job, int instances) {
    JobOperator jobs = BatchRuntime.getJobOperator();
    if (jobs.getJobNames().stream().noneMatch(job::equals)) {
      return List.of();
    }
    return jobs.getJobInstances(job, 0, instances).stream()
        .flatMap(instance -> jobs.getJobExecutions(instance).stream())
        .map(Run::of)
        .sorted(Comparator.comparingLong(Run::executionId).reversed())
        .toList();
  }
}
