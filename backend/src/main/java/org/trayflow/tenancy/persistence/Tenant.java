package org.trayflow.tenancy.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A hospital organisation that subscribes to Trayflow. */
public interface Tenant {

  static Tenant create(String slug, String name, String timeZone, String locale) {
    return new HospitalRow(slug, name, timeZone, locale);
  }

  void describe(String newName, String newTimeZone, String newLocale);

  void suspend(Instant now);

  void reactivate();

  Optional<Instant> suspendedAt();

  Long id();

  String slug();

  String name();

  String timeZone();

  /** A BCP 47 tag, such as en-GB. */
  String locale();

  List<Site> sites();
}
