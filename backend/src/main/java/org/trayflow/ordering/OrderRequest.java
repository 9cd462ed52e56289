package org.trayflow.ordering;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.trayflow.patients.MealFor;
import org.trayflow.quotas.Portions;

/**
 * An order as the orderer asks for it: one meal (site, day, meal period), where it goes, and the
 * dishes. The orderer comes from who is signed in, never from here.
 *
 * @param patient for a ward's order, the patient it is for (or at whose bedside the guest or carer
 *     eats)
 * @param mealFor {@code patient} (the default when a patient is named), {@code guest} or {@code
 *     carer}
 * @param lateTrayReason why a patient's tray is ordered after ordering closed, within the
 *     hospital's late-tray window; a late tray without a reason is refused like any order after the
 *     close
 */
public record OrderRequest(
    @NotBlank @Size(max = 63) String site,
    @NotNull LocalDate serviceDate,
    @NotBlank @Size(max = 63) String mealPeriod,
    @NotBlank @Size(max = 63) String location,
    @NotEmpty @Size(max = 20) List<@NotNull @Valid Line> lines,
    @Positive Long patient,
    @Pattern(regexp = "patient|guest|carer", message = "must be patient, guest or carer")
        String mealFor,
    @Size(max = 300) String lateTrayReason) {

  /** Portions of one dish an order may hold, in one line or in several. */
  public static final int MOST_OF_ONE_DISH = 20;

  /** JSON-B's way in: the record has another constructor. */
  @JsonbCreator
  public OrderRequest {}

  /** A member of staff's order for themselves. */
  public OrderRequest(
      String site, LocalDate serviceDate, String mealPeriod, String location, List<Line> lines) {
    this(site, serviceDate, mealPeriod, location, lines, null, null, null);
  }

  /** A meal at a patient's bed, ordered in time. */
  public OrderRequest(
      String site,
      LocalDate serviceDate,
      String mealPeriod,
      String location,
      List<Line> lines,
      Long patient,
      String mealFor) {
    this(site, serviceDate, mealPeriod, location, lines, patient, mealFor, null);
  }

  /** The reason given for a late tray, when one was given. */
  public Optional<String> lateTray() {
    return Optional.ofNullable(lateTrayReason)
        .map(String::strip)
        .filter(reason -> !reason.isEmpty());
  }

  /** Whom the meal is for, when it is a ward's meal for a patient's bed. */
  public Optional<MealFor> patientMeal() {
    return patient == null
        ? Optional.empty()
        : Optional.of(mealFor == null ? MealFor.PATIENT : MealFor.fromWord(mealFor).orElseThrow());
  }

  /**
   * @param item a menu item's id
   * @param checkedByHand for a patient with an allergy Trayflow cannot check (free text), that
   *     whoever orders checked this dish against it by hand; the checkout refuses the dish without
   *     it
   */
  public record Line(
      @Min(1) long item, @Min(1) @Max(MOST_OF_ONE_DISH) int quantity, Boolean checkedByHand) {

    /** JSON-B's way in: the record has another constructor. */
    @JsonbCreator
    public Line {}

    public Line(long item, int quantity) {
      this(item, quantity, null);
    }

    public boolean saidCheckedByHand() {
      return Boolean.TRUE.equals(checkedByHand);
    }
  }

  /** Portions per dish, a dish named twice counted once with both quantities. */
  public Portions portions() {
    Portions.Tally portions = new Portions.Tally();
    lines.forEach(line -> portions.add(line.item(), line.quantity()));
    return portions.portions();
  }

  /** The same order however its lines are arranged: what an Idempotency-Key is held to. */
  String fingerprint() {
    String canonical =
        site
            + "|"
            + serviceDate
            + "|"
            + mealPeriod
            + "|"
            + location
            + "|"
            + portions().perDish()
            + patientMeal().map(meal -> "|" + patient + "|" + meal).orElse("");
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
