package org.trayflow.ordering;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** How much the tenant in scope orders, for the platform's view of its hospitals. */
public interface OrderActivity {

  /** The orders placed and not cancelled for the day's meals (one day's partition). */
  long placedFor(@NotNull LocalDate day);
}
