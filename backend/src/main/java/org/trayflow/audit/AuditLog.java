package org.trayflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.trayflow.audit.persistence.AuditEntry;
import org.trayflow.platform.tenant.TenantScope;

/**
 * Who did what, and when, among administrators. Entries belong to the tenant in scope (none for
 * platform actions) and are readable by that tenant's administrators.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

  private static final int SHOWN = 200;

  /** An export holds at most this many entries; a narrower search finds older ones. */
  public static final int EXPORTED = 50_000;

  @Inject EntityManager em;
  @Inject Clock clock;

  public void record(@NotBlank String actor, @NotBlank String action, @NotBlank String detail) {
    em.persist(
        new AuditEntry(
            TenantScope.currentTenant().orElse(null), actor, action, detail, clock.instant()));
  }

  /** The latest entries of the tenant in scope, newest first. */
  public List<AuditRecord> latest() {
    return find(AuditSearch.EVERYTHING, SHOWN);
  }

  /** The entries the search finds, newest first, at most {@code most} of them. */
  public List<AuditRecord> find(@NotNull AuditSearch search, int most) {
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

  /**
   * The entries the search finds as CSV (RFC 4180), for a spreadsheet: times in the hospital's zone
   * with its offset, actions in words beside their keys.
   */
  public String csv(@NotNull AuditSearch search, @NotNull ZoneId zone) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT
                .builder()
                .setHeader("when", "who", "action", "action key", "detail")
                .get())) {
      for (AuditRecord entry : find(search, EXPORTED)) {
        printer.printRecord(
            entry.at().atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS),
            entry.actor(),
            AuditActions.inWords(entry.action()),
            entry.action(),
            entry.detail());
      }
    } catch (IOException toAStringBuilder) {
      throw new UncheckedIOException(toAStringBuilder);
    }
    return out.toString();
  }
}
