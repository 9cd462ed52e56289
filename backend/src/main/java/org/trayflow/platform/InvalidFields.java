package org.trayflow.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;

/** A service's rejected arguments, each named as the client or the form knows the field. */
public final class InvalidFields {

  private InvalidFields() {}

  public static List<ExpectedFailure.Detail> of(ConstraintViolationException invalid) {
    return invalid.getConstraintViolations().stream()
        .map(v -> new ExpectedFailure.Detail(fieldOf(v), v.getMessage()))
        .sorted(Comparator.comparing(ExpectedFailure.Detail::field))
        .toList();
  }

  /**
   * The last node of a method-parameter path is the name the client used ({@code slug}, not {@code
   * find.arg0}).
   */
  private static String fieldOf(ConstraintViolation<?> violation) {
    String field = null;
    for (Path.Node node : violation.getPropertyPath()) {
      // A set's element ("<iterable element>") is reported under the set's own name.
      if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        field = node.getName();
      }
    }
    return field == null ? "(request)" : field;
  }
}
