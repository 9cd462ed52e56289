package org.trayflow.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of the application, so that rules about time (cut-offs, lock-outs) can be tested at
 * will.
 */
@ApplicationScoped
class ClockProducer {

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
