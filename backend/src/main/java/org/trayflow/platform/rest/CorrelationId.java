package org.trayflow.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties one request's response to its log lines. A caller's own id is kept when it is
 * harmless, so that a chain of services shares one id; otherwise a fresh one is made.
 */
@RequestScoped
public class CorrelationId {

  static final String HEADER = "X-Correlation-Id";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  private String value;

  void adopt(String fromCaller) {
    value =
        fromCaller != null && SAFE.matcher(fromCaller).matches()
            ? fromCaller
            : UUID.randomUUID().toString();
  }

  public String value() {
    if (value == null) {
      adopt(null);
    }
    return value;
  }
}
