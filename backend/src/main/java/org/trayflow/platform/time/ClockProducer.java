package org.trayflow.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one clock of the application, so that rules about time (cut-offs, ordering windows, late
 * trays) can be rehearsed and tested at any moment: {@link SettableClock}.
 */
@ApplicationScoped
class ClockProducer {

  /** An ISO-8601 duration ({@code PT3H}, {@code P2D}, {@code -PT30M}); unset or PT0S: none. */
  static final String OFFSET = "trayflow.clock.offset";

  /** The application's configuration, taken once here: the clock is read on any thread. */
  private final Config config = ConfigProvider.getConfig();

  private final Clock clock =
      new SettableClock(Clock.systemUTC(), () -> config.getOptionalValue(OFFSET, String.class));

  @Produces
  Clock clock() {
    return clock;
  }

  static Optional<Duration> parsed(String setting) {
    return Optional.of(setting.trim()).filter(s -> !s.isEmpty()).map(Duration::parse);
  }
}
