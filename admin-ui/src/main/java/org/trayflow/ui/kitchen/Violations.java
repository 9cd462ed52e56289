package org.trayflow.ui.kitchen;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/** A service's rejected arguments as field problems, named like the record components of its input. */
final class Violations {

  private Violations() {}

  static List<ExpectedFailure.Detail> of(ConstraintViolationException invalid) {
    return invalid.getConstraintViolations().stream()
        .map(v -> new ExpectedFailure.Detail(fieldOf(v), v.getMessage()))
        .toList();
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    String field = "(form)";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY) {
        field = node.getName();
      }
    }
    return field;
  }
}
