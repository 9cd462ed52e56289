package org.trayflow.patients.intake;

import java.util.stream.Collectors;
import org.trayflow.platform.ExpectedFailure;

/**
 * What became of a message from the hospital's record, in HL7's terms: {@code AA} applied, {@code
 * AE} understood but not applicable (an unknown ward, a diet code we do not know), {@code AR}
 * rejected (unreadable, not for us).
 */
public record Acknowledgement(String code, String reason) {

  public static Acknowledgement applied(String what) {
    return new Acknowledgement("AA", what);
  }

  public static Acknowledgement error(String reason) {
    return new Acknowledgement("AE", reason);
  }

  /** AE for a message that cannot be applied, each field's problem named. */
  static Acknowledgement errorOf(RuntimeException notApplicable) {
    if (notApplicable instanceof ExpectedFailure expected && !expected.details().isEmpty()) {
      return error(
          expected.details().stream()
              .map(d -> d.field() + ": " + d.reason())
              .collect(Collectors.joining("; ")));
    }
    return error(notApplicable.getMessage());
  }

  public static Acknowledgement rejected(String reason) {
    return new Acknowledgement("AR", reason);
  }

  public boolean accepted() {
    return code.equals("AA");
  }
}
