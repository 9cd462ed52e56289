package org.trayflow.tenancy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** How {@link Tenant} is mapped. */
@Entity(name = "Tenant")
@Table(name = "tenant")
class HospitalRow implements Tenant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 63)
  private String slug;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Column(nullable = false, length = 35)
  private String locale;

  @Column(name = "suspended_at")
  private Instant suspendedAt;

  @OneToMany(mappedBy = "tenant")
  @OrderBy("slug")
  private List<SiteRow> sites = new ArrayList<>();

  protected HospitalRow() {}

  HospitalRow(String slug, String name, String timeZone, String locale) {
    this.slug = slug;
    this.name = name;
    this.timeZone = timeZone;
    this.locale = locale;
  }

  @Override
  public void describe(String newName, String newTimeZone, String newLocale) {
    name = newName;
    timeZone = newTimeZone;
    locale = newLocale;
  }

  @Override
  public void suspend(Instant now) {
    suspendedAt = now;
  }

  @Override
  public void reactivate() {
    suspendedAt = null;
  }

  @Override
  public Optional<Instant> suspendedAt() {
    return Optional.ofNullable(suspendedAt);
  }

  @Override
  public Long id() {
    return id;
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
  public String timeZone() {
    return timeZone;
  }

  @Override
  public String locale() {
    return locale;
  }

  @Override
  public List<Site> sites() {
    return Collections.unmodifiableList(sites);
  }
}
