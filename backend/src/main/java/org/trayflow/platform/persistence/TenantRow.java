package org.trayflow.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * A row that belongs to one tenant: its generated id, and the tenant that Hibernate fills in from
 * the tenant scope and filters every query by (decision 0005; row-level security holds the same
 * line in PostgreSQL).
 */
@MappedSuperclass
public abstract class TenantRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  protected TenantRow() {}

  /** For rows written across tenants, such as a tenant's import by the platform. */
  protected TenantRow(long tenantId) {
    this.tenantId = tenantId;
  }

  public Long id() {
    return id;
  }
}
