package org.trayflow.menus.persistence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One site's menu for one week: a draft, or a published version (table {@code weekly_menu}, V7).
 */
public interface WeeklyMenuRecord {

  /** A draft can change; a published version never does (the database refuses, V7). */
  enum Status {
    DRAFT,
    PUBLISHED
  }

  static WeeklyMenuRecord create(
      long siteId, LocalDate weekStart, String createdBy, Instant createdAt) {
    return new WeeklyMenuRecordRow(siteId, weekStart, createdBy, createdAt);
  }

  Long id();

  void publishAs(int newVersion, String by, Instant at);

  long siteId();

  LocalDate weekStart();

  Status status();

  Integer version();

  String publishedBy();

  Instant publishedAt();
}
