package org.trayflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.trayflow.audit.persistence.AuditEntries;
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

  @Inject AuditEntries entries;
  @Inject Clock clock;

  public void record(@NotBlank String actor, @NotBlank String action, @NotBlank String detail) {
    entries.add(TenantScope.currentTenant().orElse(null), actor, action, detail, clock.instant());
  }

  /** The latest entries of the tenant in scope, newest first. */
  public List<AuditRecord> latest() {
    return find(AuditSearch.EVERYTHING, SHOWN);
  }

  /** The entries the search finds, newest first, at most {@code most} of them. */
  public List<AuditRecord> find(@NotNull AuditSearch search, int most) {
    return entries.find(search, most);
  }

  /** Who appears in the log of the tenant in scope, for the filter by person. */
  public List<String> actors() {
    return entries.actors();
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
