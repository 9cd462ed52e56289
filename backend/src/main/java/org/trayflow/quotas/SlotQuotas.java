package org.trayflow.quotas;

/**
 * The quota of record, in PostgreSQL: portions planned and ordered per slot and dish. Every portion
 * taken goes through one conditional update that cannot pass the plan, whatever Redis said,
 * whichever app instance asks.
 */
public interface SlotQuotas {

  /**
   * Takes the portions in the caller's transaction, dish by dish in id order (so that two orders
   * never wait on each other in opposite orders).
   *
   * @return what is left of each dish that did not have enough (nothing was taken then), or, when
   *     everything was taken, the dishes this order brought down to their last tenth
   */
  Taken take(Slot slot, Portions portions);

  /** A cancelled order's portions, available again, in the caller's transaction. */
  void putBack(Slot slot, Portions portions);

  /** What {@link #take} did: nothing, short of these dishes; or all, bringing these down. */
  record Taken(Portions shortOf, Portions nearlyGone) {

    public boolean complete() {
      return shortOf.isEmpty();
    }
  }
}
