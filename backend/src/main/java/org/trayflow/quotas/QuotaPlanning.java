package org.trayflow.quotas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import org.trayflow.menus.MenuPublished;
import org.trayflow.quotas.persistence.QuotaRows;

/**
 * Puts a published menu's portions on sale: the plan of record in the publication's transaction,
 * and, once it is committed, the same change applied to the Redis counters on top of what checkouts
 * took meanwhile.
 */
@ApplicationScoped
class QuotaPlanning {

  /** What a publication changed of the plan, to be applied to the counters once committed. */
  record Replanned(Map<Slot, QuotaRows.Replan> replans) {}

  @Inject QuotaRows quotas;
  @Inject QuotaCounters counters;
  @Inject Event<Replanned> replanned;

  void onPublished(@Observes MenuPublished publication) {
    replanned.fire(
        new Replanned(quotas.plan(publication.siteId(), publication.monday(), publication.plan())));
  }

  /** On the committing thread, still in the publishing tenant's scope. */
  void onceCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Replanned change) {
    change
        .replans()
        .forEach((slot, replan) -> counters.replan(slot, replan.change(), replan.left()));
  }
}
