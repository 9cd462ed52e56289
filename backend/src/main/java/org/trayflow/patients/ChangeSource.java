package org.trayflow.patients;

import java.util.Optional;

/**
 * Who or what changed a patient's diet, allergies or holds: a person (their user name), or a message from the
 * hospital's record (its sender and the message's own id), so that every change in a patient's history names where
 * it came from.
 *
 * @param by the person, or {@code hl7:<record system>} / {@code fhir:<API client>}
 * @param message the record's message id (HL7 control id, FHIR resource version), when a message made the change
 */
public record ChangeSource(String by, Optional<String> message) {

  public static ChangeSource person(String username) {
    return new ChangeSource(username, Optional.empty());
  }

  /** @param channel {@code hl7} or {@code fhir} */
  public static ChangeSource recordMessage(String channel, String sender, String messageId) {
    return new ChangeSource(channel + ":" + sender, Optional.of(messageId));
  }

  /** As the ward reads it. */
  public String describe() {
    return message.map(id -> by.substring(0, by.indexOf(':')).toUpperCase(java.util.Locale.ROOT) + " message " + id
        + " from " + by.substring(by.indexOf(':') + 1)).orElse("entered by " + by);
  }
}
