package org.trayflow.audit.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing an administrator did; the application may add entries but never change or remove them.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", updatable = false)
  private Long tenantId;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String detail;

  @Column(nullable = false, updatable = false)
  private Instant at;

  protected AuditEntry() {}

  AuditEntry(Long tenantId, String actor, String action, String detail, Instant at) {
    this.tenantId = tenantId;
    this.actor = actor;
    this.action = action;
    this.detail = detail;
    this.at = at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String detail() {
    return detail;
  }

  public Instant at() {
    return at;
  }
}
