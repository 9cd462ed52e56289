package org.trayflow.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Whom the hospital's messages reach: its active people, by role or by name. */
public interface PeopleToNotify {

  /** A person as messages reach them; without an e-mail address only the inbox does. */
  record Contact(String username, Optional<String> email, String language) {}

  /** The active people of the tenant in scope who have any of these roles, by name. */
  List<String> withAnyRole(Set<Role> roles);

  /** The active ones of these people of the tenant in scope, by name. */
  Map<String, Contact> contactsOf(Collection<String> usernames);
}
