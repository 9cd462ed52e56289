package org.trayflow.tenancy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.TenantId;

/** One hospital or campus of a tenant. */
@Entity
public class Site {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", insertable = false, updatable = false)
  private Tenant tenant;

  @Column(nullable = false, length = 63)
  private String slug;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  protected Site() {}

  public Site(Tenant tenant, String slug, String name) {
    this.tenantId = tenant.id();
    this.tenant = tenant;
    this.slug = slug;
    this.name = name;
  }

  public Long id() {
    return id;
  }

  public void describe(String newName, boolean isActive) {
    name = newName;
    active = isActive;
  }

  public boolean active() {
    return active;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }
}
