package org.trayflow.platform.persistence;

/** JNDI names of the two data sources that server.xml defines. */
public final class DataSources {

  /** The application's role: owns nothing, subject to row-level security. */
  public static final String APPLICATION = "jdbc/trayflow";

  /** The schema owner's role: used by migrations only. */
  public static final String SCHEMA_OWNER = "jdbc/trayflow-owner";

  private DataSources() {}
}
