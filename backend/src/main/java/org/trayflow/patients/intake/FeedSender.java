package org.trayflow.patients.intake;

import org.trayflow.tenantconfig.Slug;

/**
 * Who is speaking on a record-feed connection, as the connection proves it: the hospital and its
 * record system named by the interface engine's client certificate, or by the operator for a plain
 * listener. Messages are applied to this hospital only, whatever they say of themselves.
 */
record FeedSender(long tenantId, Slug hospital, String recordSystem) {

  /** The name messages are kept under, so that control ids are judged per sender. */
  String name() {
    return recordSystem;
  }

  @Override
  public String toString() {
    return hospital + "/" + recordSystem;
  }
}
