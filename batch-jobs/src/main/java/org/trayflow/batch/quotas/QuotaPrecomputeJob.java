package org.trayflow.batch.quotas;

/**
 * The name under which the quota job is started (its XML is
 * META-INF/batch-jobs/quota-precompute.xml).
 */
public final class QuotaPrecomputeJob {

  public static final String NAME = "quota-precompute";

  private QuotaPrecomputeJob() {}
}
