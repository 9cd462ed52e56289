package org.trayflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.List;
import org.trayflow.audit.persistence.AuditEntry;
import org.trayflow.platform.tenant.TenantScope;

/**
 * Who did what, and when, among administrators. Entries belong to the tenant in scope (none for platform
 * actions) and are readable by that tenant's administrators.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

  private static final int SHOWN = 200;

  @Inject EntityManager em;
  @Inject Clock clock;

  public void record(@NotBlank String actor, @NotBlank String action, @NotBlank String detail) {
    em.persist(new AuditEntry(TenantScope.currentTenant().orElse(null), actor, action, detail, clock.instant()));
  }

  /** The latest entries of the tenant in scope, newest first. */
  public List<AuditRecord> latest() {
    return em.createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
        .setMaxResults(SHOWN)
        .getResultStream()
        .map(a -> new AuditRecord(a.at(), a.actor(), a.action(), a.detail()))
        .toList();
  }
}
