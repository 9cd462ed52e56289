package org.trayflow.tenancy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.trayflow.platform.persistence.TenantRow;

/** How {@link Site} is mapped. */
@Entity(name = "Site")
@Table(name = "site")
class SiteRow extends TenantRow implements Site {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", insertable = false, updatable = false)
  private HospitalRow tenant;

  @Column(nullable = false, length = 63)
  private String slug;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  protected SiteRow() {}

  SiteRow(Tenant tenant, String slug, String name) {
    super(tenant.id());
    this.tenant = (HospitalRow) tenant;
    this.slug = slug;
    this.name = name;
  }

  @Override
  public void describe(String newName, boolean isActive) {
    name = newName;
    active = isActive;
  }

  @Override
  public boolean active() {
    return active;
  }

  @Override
  public String slug() {
    return slug;
  }

  @Override
  public String name() {
    return name;
  }
}
