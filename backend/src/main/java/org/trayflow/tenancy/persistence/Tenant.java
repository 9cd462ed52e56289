package org.trayflow.tenancy.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A hospital organisation that subscribes to Trayflow. */
public interface Tenant {

  static Tenant create(String slug, String name, String timeZone) {
    return new HospitalRow(slug, name, timeZone);
  }

  void describe(String newName, String newTimeZone);

  void suspend(Instant now);

  void reactivate();

  Optional<Instant> suspendedAt();

  Long id();

  String slug();

  String name();

  String timeZone();

  List<Site> sites();
}
