package org.trayflow.batch.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.batch.JobRuns;
import org.trayflow.batch.JobRuns.Run;
import org.trayflow.platform.ExpectedFailure;

/**
 * Ops start a job on demand (outside its schedule) and follow its run; runs stay in the job
 * repository.
 */
@Path("/v1/platform/jobs/{job}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PLATFORM_ADMIN", "OPS"})
public class JobsResource {

  @Inject JobRuns runs;

  @POST
  @Operation(
      summary = "Start a job now (quota-precompute, site-census, notification-drain)",
      description = "days: for quota-precompute, how many days from today to recompute (default 2)")
  @APIResponse(responseCode = "202", description = "Started; follow it at the Location given")
  @APIResponse(responseCode = "404", description = "No such job")
  public Response start(
      @PathParam("job") String job, @QueryParam("days") @Min(1) @Max(14) Integer days) {
    JobOperator jobs = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    if (days != null) {
      parameters.setProperty("days", String.valueOf(days));
    }
    long execution = jobs.start(known(job), parameters);
    return Response.accepted(Run.of(jobs.getJobExecution(execution)))
        .header("Location", "/api/v1/platform/jobs/" + job + "/runs/" + execution)
        .build();
  }

  @GET
  @Path("/runs")
  @Operation(summary = "The job's newest runs, newest first")
  public List<Run> runs(@PathParam("job") String job) {
    return runs.newest(known(job), 20);
  }

  @GET
  @Path("/runs/{run}")
  @Operation(summary = "One run of the job")
  @APIResponse(responseCode = "404", description = "No such job or run")
  public Run run(@PathParam("job") String job, @PathParam("run") long run) {
    try {
      JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(run);
      if (!execution.getJobName().equals(known(job))) {
        throw new NoSuchJob(job + " run " + run);
      }
      return Run.of(execution);
    } catch (NoSuchJobExecutionException e) {
      throw new NoSuchJob(job + " run " + run);
    }
  }

  private static String known(String job) {
    if (!JobRuns.JOBS.contains(job)) {
      throw new NoSuchJob(job);
    }
    return job;
  }

  static final class NoSuchJob extends ExpectedFailure {
    NoSuchJob(String what) {
      super(Kind.NOT_FOUND, "job-not-found", "There is no job '" + what + "'.");
    }
  }
}
