package org.trayflow.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.trayflow.ids.PatientId;
import org.trayflow.menus.Allergen;

/**
 * A patient as wards and the kitchen see them.
 *
 * @param site @param ward slugs of where they are now; null once discharged without a bed
 * @param otherAllergies allergies and intolerances that are none of the declared allergens, as text
 */
public record Patient(
    PatientId id,
    String mrn,
    String familyName,
    String givenName,
    LocalDate birthDate,
    String site,
    String ward,
    String bed,
    Instant admittedAt,
    Instant dischargedAt,
    Set<Allergen> allergies,
    String otherAllergies,
    int dietVersion) {

  public Patient {
    allergies = Set.copyOf(allergies);
  }

  /** {@code SMITH, Jane}: how wards write names on boards and tickets. */
  public String displayName() {
    return givenName.isBlank() ? familyName : familyName + ", " + givenName;
  }

  public boolean inHospital() {
    return dischargedAt == null && admittedAt != null;
  }
}
