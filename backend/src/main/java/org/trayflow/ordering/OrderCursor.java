package org.trayflow.ordering;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of orders ends: the last order's placing time and id (orders are listed newest
 * first, ties by id), opaque to clients.
 */
public record OrderCursor(Instant placedAt, long id) {

  /**
   * @param token a cursor as {@link #token()} wrote it, or null for the first page
   * @throws InvalidCursor when it is not one
   */
  public static Optional<OrderCursor> parse(String token) {
    if (token == null) {
      return Optional.empty();
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("/", -1);
      if (parts.length != 2) {
        throw new InvalidCursor();
      }
      Instant at = Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS);
      return Optional.of(new OrderCursor(at, Long.parseLong(parts[1])));
    } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
      throw new InvalidCursor();
    }
  }

  public static OrderCursor after(Order last) {
    return new OrderCursor(last.placedAt(), last.id().value());
  }

  public String token() {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, placedAt);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((micros + "/" + id).getBytes(StandardCharsets.UTF_8));
  }
}
