package org.trayflow.tenancy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.trayflow.platform.persistence.TenantRow;

/** How {@link ConfigurationVersion} is mapped. */
@Entity(name = "ConfigurationVersion")
@Table(name = "tenant_configuration")
class ConfigurationVersionRow extends TenantRow implements ConfigurationVersion {

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(nullable = false, updatable = false)
  private String document;

  @Column(name = "changed_by", nullable = false, updatable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(nullable = false, updatable = false)
  private String summary;

  protected ConfigurationVersionRow() {}

  ConfigurationVersionRow(
      long tenantId,
      int version,
      String document,
      String changedBy,
      Instant changedAt,
      String summary) {
    super(tenantId);
    this.version = version;
    this.document = document;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.summary = summary;
  }

  @Override
  public int version() {
    return version;
  }

  @Override
  public String document() {
    return document;
  }

  @Override
  public String changedBy() {
    return changedBy;
  }

  @Override
  public Instant changedAt() {
    return changedAt;
  }

  @Override
  public String summary() {
    return summary;
  }
}
