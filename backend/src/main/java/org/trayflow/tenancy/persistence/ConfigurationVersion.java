package org.trayflow.tenancy.persistence;

import java.time.Instant;

/** One accepted version of a tenant's configuration file; never changed once written. */
public interface ConfigurationVersion {

  static ConfigurationVersion create(
      long tenantId,
      int version,
      String document,
      String changedBy,
      Instant changedAt,
      String summary) {
    return new ConfigurationVersionRow(tenantId, version, document, changedBy, changedAt, summary);
  }

  Long id();

  int version();

  String document();

  String changedBy();

  Instant changedAt();

  String summary();
}
