package org.trayflow.quotas;

/**
 * What the Redis admission gate says to an order's portions. It only turns requests away early;
 * PostgreSQL's conditional update still decides (decision 0009).
 */
public sealed interface Admission {

  /** The portions are held under this id until the order is written or given back. */
  record Held(String holdId) implements Admission {}

  /**
   * At least one dish has fewer portions left than asked; {@code remaining} gives what is left of
   * each such dish.
   */
  record SoldOut(Portions remaining) implements Admission {}

  /**
   * Redis has no counter for the slot (flushed, or a new slot): it must be rebuilt from PostgreSQL
   * first.
   */
  record CountersMissing() implements Admission {}

  /** Redis cannot be asked: PostgreSQL alone decides, slower but as safe. */
  record Unguarded() implements Admission {}
}
