package org.trayflow.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.trayflow.identity.CredentialsChanged;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.AcrossTenants;

/**
 * The credential versions PostgreSQL holds, for every tenant: the truth CredentialVersions mirrors.
 */
@ApplicationScoped
@AcrossTenants
public class CredentialChanges {

  private static final String CHANGED =
      "select username as principal, credential_version from user_account"
          + " where credentials_changed_at > ?1 union all select 'client:' || client_id, credential_version"
          + " from api_client where credentials_changed_at > ?1";

  @Inject EntityManager em;

  /**
   * Every principal whose credentials changed after the moment (the epoch for all that ever
   * changed).
   */
  @Transactional
  public List<CredentialsChanged> since(Instant after) {
    return NativeRows.of(NativeRows.select(em, CHANGED).setParameter(1, after))
        .map(row -> new CredentialsChanged(row.text("principal"), row.count("credential_version")))
        .toList();
  }
}
