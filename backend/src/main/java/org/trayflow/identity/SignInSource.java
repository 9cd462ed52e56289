package org.trayflow.identity;

import java.util.Locale;

/**
 * Where a sign-in comes from: the client's address as the HTTP endpoint sees it, which behind a
 * trusted load balancer is the address it forwarded ({@code remoteIp} in server.xml, decision
 * 0017).
 */
public record SignInSource(String address) {

  /** Longer than any IPv6 address with a zone. */
  private static final int MAX_LENGTH = 64;

  public SignInSource {
    String given = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    address =
        given.isEmpty() ? "unknown" : given.substring(0, Math.min(MAX_LENGTH, given.length()));
  }
}
