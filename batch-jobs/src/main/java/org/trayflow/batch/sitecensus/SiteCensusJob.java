package org.trayflow.batch.sitecensus;

/**
 * The name under which the site census job is started (its XML is
 * META-INF/batch-jobs/site-census.xml).
 */
public final class SiteCensusJob {

  public static final String NAME = "site-census";

  private SiteCensusJob() {}
}
