package org.trayflow.ids;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An order, as the kitchen's sheets, the ward and the API name it: {@code #1234}.
 *
 * @param value the number the database gave the order, always positive
 */
@JsonbTypeAdapter(OrderId.AsNumber.class)
@Schema(
    type = SchemaType.INTEGER,
    format = "int64",
    minimum = "1",
    description = "An order's number")
public record OrderId(long value) implements Comparable<OrderId> {

  public OrderId {
    Ids.requirePositive(value, "An order's number");
  }

  /** An order's number in a path: anything else is no order of anyone's, so JAX-RS answers 404. */
  public static OrderId valueOf(String number) {
    return new OrderId(Long.parseLong(number));
  }

  /** The bare number, as printed after "order" or "#". */
  @Override
  public String toString() {
    return Long.toString(value);
  }

  /** In the order the numbers were given, as lists sort them. */
  @Override
  public int compareTo(OrderId other) {
    return Long.compare(value, other.value);
  }

  /** JSON-B writes and reads an order's id as the number it always was. */
  public static final class AsNumber implements JsonbAdapter<OrderId, Long> {

    @Override
    public Long adaptToJson(OrderId id) {
      return id.value();
    }

    @Override
    public OrderId adaptFromJson(Long number) {
      return new OrderId(number);
    }
  }
}
