package org.trayflow.patients;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;

/**
 * A change by a person that would loosen what the patient may be served (Loosening), sent without
 * their confirmation: nothing was changed. They are told what loosens, and confirm with a reason if
 * they mean it.
 */
public class LooseningNotConfirmed extends ExpectedFailure {

  private final Loosened loosens;

  LooseningNotConfirmed(Loosened loosens) {
    super(
        Kind.CONFLICT,
        "diet-loosening-not-confirmed",
        "This change loosens the patient's diet ("
            + loosens.english()
            + "); nothing was changed. Confirm it with a reason to record it.",
        List.of(new Detail("loosensConfirmed", loosens.english())),
        Wording.of("diet-loosening-not-confirmed", loosens.items()));
    this.loosens = loosens;
  }

  /** What the change loosens, for the ward's question to name in its reader's words. */
  public Loosened loosens() {
    return loosens;
  }
}
