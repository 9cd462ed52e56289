package org.trayflow.menus;

import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** Nutrition per portion, as dietitians read it on a menu card; any value may be unknown (null). */
public record Nutrition(
    @DecimalMin("0") BigDecimal energyKcal,
    @DecimalMin("0") BigDecimal proteinG,
    @DecimalMin("0") BigDecimal carbohydrateG,
    @DecimalMin("0") BigDecimal fatG,
    @DecimalMin("0") BigDecimal saltG) {

  public static Nutrition unknown() {
    return new Nutrition(null, null, null, null, null);
  }
}
