package org.trayflow.hospitals;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/** The short form cannot register the hospital as filled in; each field's problem is named. */
public class HospitalNotRegistered extends ExpectedFailure {

  HospitalNotRegistered(Kind kind, String message, List<Detail> details) {
    super(kind, "hospital-not-registered", message, details);
  }
}
