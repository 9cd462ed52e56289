package org.trayflow.patients;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;

/**
 * Who or what changed a patient's diet, allergies or holds: a person (their user name), or a
 * message from the hospital's record (its sender and the message's own id), so that every change in
 * a patient's history names where it came from.
 *
 * @param by the person, or {@code hl7:<record system>} / {@code fhir:<API client>}
 * @param message the record's message id (HL7 control id, FHIR resource version), when a message
 *     made the change
 * @param loosenedBecause why a person confirmed a change that loosens what the patient may be
 *     served; a person's change that loosens is refused without it (DietOrders)
 */
public record ChangeSource(String by, Optional<String> message, Optional<String> loosenedBecause) {

  public static ChangeSource person(String username) {
    return new ChangeSource(username, Optional.empty(), Optional.empty());
  }

  /** A person who was told what their change loosens and confirmed it, saying why. */
  public static ChangeSource personConfirmingLoosening(String username, String why) {
    if (why == null || why.isBlank()) {
      throw new InvalidDietOrder(
          List.of(
              new ExpectedFailure.Detail(
                  "reason",
                  "say why the patient's diet is loosened",
                  Wording.of("detail.loosening-reason-none"))));
    }
    return new ChangeSource(username, Optional.empty(), Optional.of(why.strip()));
  }

  /**
   * @param channel {@code hl7} or {@code fhir}
   */
  public static ChangeSource recordMessage(String channel, String sender, String messageId) {
    return new ChangeSource(channel + ":" + sender, Optional.of(messageId), Optional.empty());
  }

  /**
   * Whether a loosening change of theirs needs their confirmation first: the record's word stands
   * on its own.
   */
  boolean mustConfirmLoosening() {
    return message.isEmpty() && loosenedBecause.isEmpty();
  }

  /** As the ward reads it. */
  public String describe() {
    return message
        .map(
            id ->
                by.substring(0, by.indexOf(':')).toUpperCase(Locale.ROOT)
                    + " message "
                    + id
                    + " from "
                    + by.substring(by.indexOf(':') + 1))
        .orElse("entered by " + by);
  }
}
