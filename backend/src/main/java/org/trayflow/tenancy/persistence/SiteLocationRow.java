package org.trayflow.tenancy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.trayflow.platform.persistence.TenantRow;

/** How {@link SiteLocation} is mapped. */
@Entity(name = "SiteLocation")
@Table(name = "location")
class SiteLocationRow extends TenantRow implements SiteLocation {

  @Column(name = "site_id", nullable = false, updatable = false)
  private Long siteId;

  @Column(nullable = false, updatable = false)
  private String slug;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private boolean active = true;

  protected SiteLocationRow() {}

  SiteLocationRow(long tenantId, long siteId, String slug, String name, String kind) {
    super(tenantId);
    this.siteId = siteId;
    this.slug = slug;
    this.name = name;
    this.kind = kind;
  }

  @Override
  public void describe(String newName, String newKind, boolean isActive) {
    name = newName;
    kind = newKind;
    active = isActive;
  }

  @Override
  public Long siteId() {
    return siteId;
  }

  @Override
  public String slug() {
    return slug;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return kind;
  }
}
