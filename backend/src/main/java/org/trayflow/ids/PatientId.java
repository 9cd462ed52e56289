package org.trayflow.ids;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A patient, as the ward board, the diet history and the API name them; their MRN is the hospital's
 * own and travels only where it is needed.
 *
 * @param value the number Trayflow gave the patient, always positive
 */
@JsonbTypeAdapter(PatientId.AsNumber.class)
@Schema(
    type = SchemaType.INTEGER,
    format = "int64",
    minimum = "1",
    description = "A patient's number")
public record PatientId(long value) implements Comparable<PatientId> {

  public PatientId {
    Ids.requirePositive(value, "A patient's number");
  }

  /**
   * A patient's number in a path: anything else is no patient of anyone's, so JAX-RS answers 404.
   */
  public static PatientId valueOf(String number) {
    return new PatientId(Long.parseLong(number));
  }

  /** The bare number. */
  @Override
  public String toString() {
    return Long.toString(value);
  }

  /** In the order the numbers were given, as lists sort them. */
  @Override
  public int compareTo(PatientId other) {
    return Long.compare(value, other.value);
  }

  /** JSON-B writes and reads a patient's id as the number it always was. */
  public static final class AsNumber implements JsonbAdapter<PatientId, Long> {

    @Override
    public Long adaptToJson(PatientId id) {
      return id.value();
    }

    @Override
    public PatientId adaptFromJson(Long number) {
      return new PatientId(number);
    }
  }
}
