package org.trayflow.notifications;

import java.time.Instant;
import java.util.List;

/** A person's in-app inbox: newest first, with what is unread. */
public interface Inbox {

  record Item(long id, String subject, String body, Instant receivedAt, boolean read) {}

  long unread(String username);

  List<Item> newest(String username, int most);

  /** Marks every item read; the badge goes back to nothing. */
  void readAll(String username);
}
