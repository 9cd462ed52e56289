package org.trayflow.patients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person's confirmation that they mean a change that loosens a patient's diet, and why ("swallow
 * reassessed by speech and language therapy"): recorded with the change.
 */
public record LooseningConfirmed(@NotBlank @Size(max = 300) String reason) {

  public ChangeSource by(String username) {
    return ChangeSource.personConfirmingLoosening(username, reason);
  }
}
