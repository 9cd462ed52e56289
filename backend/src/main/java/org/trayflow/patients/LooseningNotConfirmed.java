package org.trayflow.patients;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/**
 * A change by a person that would loosen what the patient may be served (Loosening), sent without
 * their confirmation: nothing was changed. They are told what loosens, and confirm with a reason if
 * they mean it.
 */
public class LooseningNotConfirmed extends ExpectedFailure {

  LooseningNotConfirmed(String loosens) {
    super(
        Kind.CONFLICT,
        "diet-loosening-not-confirmed",
        "This change loosens the patient's diet ("
            + loosens
            + "); nothing was changed. Confirm it with a reason to record it.",
        List.of(new Detail("loosensConfirmed", loosens)));
  }
}
