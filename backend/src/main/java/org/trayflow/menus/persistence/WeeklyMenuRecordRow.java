package org.trayflow.menus.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.trayflow.platform.persistence.TenantRow;

/** How {@link WeeklyMenuRecord} is mapped. */
@Entity(name = "WeeklyMenuRecord")
@Table(name = "weekly_menu")
class WeeklyMenuRecordRow extends TenantRow implements WeeklyMenuRecord {

  @Column(name = "site_id", nullable = false, updatable = false)
  private Long siteId;

  @Column(name = "week_start", nullable = false, updatable = false)
  private LocalDate weekStart;

  @Enumerated(EnumType.STRING)
  private Status status;

  private Integer version;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected WeeklyMenuRecordRow() {}

  WeeklyMenuRecordRow(long siteId, LocalDate weekStart, String createdBy, Instant createdAt) {
    this.siteId = siteId;
    this.weekStart = weekStart;
    this.status = Status.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  @Override
  public void publishAs(int newVersion, String by, Instant at) {
    status = Status.PUBLISHED;
    version = newVersion;
    publishedBy = by;
    publishedAt = at;
  }

  @Override
  public long siteId() {
    return siteId;
  }

  @Override
  public LocalDate weekStart() {
    return weekStart;
  }

  @Override
  public Status status() {
    return status;
  }

  @Override
  public Integer version() {
    return version;
  }

  @Override
  public String publishedBy() {
    return publishedBy;
  }

  @Override
  public Instant publishedAt() {
    return publishedAt;
  }
}
