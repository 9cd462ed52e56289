package org.trayflow.notifications;

/** How a notification reaches a person. */
public enum Channel {
  EMAIL,
  /** The in-app inbox, with its unread badge. */
  INBOX
}
