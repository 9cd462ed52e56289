package org.trayflow.quotas;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import org.trayflow.menus.MenuPublished;

/**
 * Puts a published menu's portions on sale: the plan of record in the publication's transaction,
 * and, once it is committed, the same change applied to the Redis counters on top of what checkouts
 * took meanwhile.
 */
@ApplicationScoped
class QuotaPlanning {

  @Inject SlotQuotas quotas;
  @Inject QuotaCounters counters;
  @Resource TransactionSynchronizationRegistry transactions;

  void onPublished(@Observes MenuPublished publication) {
    Map<Slot, SlotQuotas.Replan> replans =
        quotas.plan(publication.siteId(), publication.monday(), publication.weeklyMenuId());
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              replans.forEach(
                  (slot, replan) ->
                      counters.replan(publication.tenant(), slot, replan.change(), replan.left()));
            }
          }
        });
  }
}
