package org.trayflow.identity.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Which version of a principal's credentials is in force: bumped whenever what a token or session
 * of theirs vouches for stops being true (roles changed, deactivated, password reset, client
 * revoked), so that those issued before are refused (decision 0014).
 */
@Embeddable
public class CredentialStamp {

  @Column(name = "credential_version", nullable = false)
  private int version;

  @Column(name = "credentials_changed_at")
  private Instant changedAt;

  int version() {
    return version;
  }

  void bump(Instant now) {
    version++;
    changedAt = now;
  }
}
