package org.trayflow.platform;

/**
 * Two people changed the same thing at the same moment (two drafts of one week, one dish planned
 * twice, one configuration imported twice) and PostgreSQL let only one of them through: its unique
 * index, foreign key, serialisation check or deadlock detector refused the other, whose transaction
 * was rolled back whole. This is not a bug but the database doing its job, so the loser hears so
 * (409) instead of a 500 ({@link DatabaseRefusal}).
 */
public final class ConcurrentChange extends ExpectedFailure {

  ConcurrentChange() {
    super(
        Kind.CONFLICT,
        "changed-at-the-same-time",
        "Someone else changed this at the same moment and theirs"
            + " was kept; nothing of yours was saved. Look again and repeat your change if it is still needed.");
  }
}
