package org.trayflow.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.trayflow.audit.AuditRecord;
import org.trayflow.audit.AuditSearch;

/**
 * The audit log's entries ({@code audit_entry}); row security keeps each tenant's to itself.
 * Callers hold the transaction.
 */
@ApplicationScoped
public class AuditEntries {

  @Inject EntityManager em;

  /**
   * @param tenantId the tenant the entry belongs to; null for a platform action
   */
  public void add(Long tenantId, String actor, String action, String detail, Instant at) {
    em.persist(new AuditEntry(tenantId, actor, action, detail, at));
  }

  /** The entries the search finds, newest first, at most {@code most} of them. */
  public List<AuditRecord> find(AuditSearch search, int most) {
    StringBuilder query = new StringBuilder("select a from AuditEntry a where 1 = 1");
    search.actor().ifPresent(actor -> query.append(" and a.actor = :actor"));
    search.action().ifPresent(action -> query.append(" and a.action = :action"));
    search.from().ifPresent(from -> query.append(" and a.at >= :from"));
    search.to().ifPresent(to -> query.append(" and a.at < :to"));
    search
        .text()
        .ifPresent(
            text ->
                query.append(
                    " and (lower(a.detail) like :text escape '!'"
                        + " or lower(a.actor) like :text escape '!')"));
    var found =
        em.createQuery(query.append(" order by a.at desc, a.id desc").toString(), AuditEntry.class)
            .setMaxResults(most);
    search.actor().ifPresent(actor -> found.setParameter("actor", actor));
    search.action().ifPresent(action -> found.setParameter("action", action));
    search.from().ifPresent(from -> found.setParameter("from", from));
    search.to().ifPresent(to -> found.setParameter("to", to));
    search
        .text()
        .ifPresent(
            text ->
                found.setParameter(
                    "text",
                    "%"
                        + text.toLowerCase(Locale.ROOT)
                            .replace("!", "!!")
                            .replace("%", "!%")
                            .replace("_", "!_")
                        + "%"));
    return found
        .getResultStream()
        .map(a -> new AuditRecord(a.at(), a.actor(), a.action(), a.detail()))
        .toList();
  }

  /** Who appears in the log of the tenant in scope, for the filter by person. */
  public List<String> actors() {
    return em.createQuery(
            "select distinct a.actor from AuditEntry a order by a.actor", String.class)
        .getResultList();
  }
}
