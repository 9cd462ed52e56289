package org.trayflow.ordering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An order as the orderer asks for it: one meal (site, day, meal period), where it goes, and the dishes. The
 * orderer comes from who is signed in, never from here. (A ward's order for a patient will name the patient here.)
 */
public record OrderRequest(
    @NotBlank @Size(max = 63) String site,
    @NotNull LocalDate serviceDate,
    @NotBlank @Size(max = 63) String mealPeriod,
    @NotBlank @Size(max = 63) String location,
    @NotEmpty @Size(max = 20) List<@NotNull @Valid Line> lines) {

  /** @param item a menu item's id */
  public record Line(@Min(1) long item, @Min(1) @Max(20) int quantity) {}

  /** Portions per dish, a dish named twice counted once with both quantities. */
  public Map<Long, Integer> portions() {
    Map<Long, Integer> portions = new TreeMap<>();
    lines.forEach(line -> portions.merge(line.item(), line.quantity(), Integer::sum));
    return portions;
  }

  /** The same order however its lines are arranged: what an Idempotency-Key is held to. */
  String fingerprint() {
    String canonical = site + "|" + serviceDate + "|" + mealPeriod + "|" + location + "|" + portions();
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
