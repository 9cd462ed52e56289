package org.trayflow.batch.notifications;

/**
 * The name under which the drain is started (its XML is
 * META-INF/batch-jobs/notification-drain.xml).
 */
public final class NotificationDrainJob {

  public static final String NAME = "notification-drain";

  private NotificationDrainJob() {}
}
