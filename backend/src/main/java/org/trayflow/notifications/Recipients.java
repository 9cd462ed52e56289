package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trayflow.identity.PeopleToNotify;
import org.trayflow.identity.Role;
import org.trayflow.tenantconfig.NotificationKind;

/** Who a message is for, and where each of them reads e-mail and in which language. */
@ApplicationScoped
class Recipients {

  @Inject PeopleToNotify people;

  /** A person to notify; without an e-mail address (or an account) only the inbox reaches them. */
  record Person(String username, Optional<String> email, String language) {}

  List<String> of(NotificationKind kind, JsonObject payload) {
    return switch (kind) {
      case ORDER_CONFIRMED, ORDER_CANCELLED, ORDER_STATUS_CHANGED ->
          List.of(payload.getString("orderer"));
      case CUT_OFF_REMINDER -> List.of(payload.getString("recipient"));
      case MENU_PUBLISHED -> people.withAnyRole(EnumSet.of(Role.STAFF, Role.WARD_STAFF));
      case PORTIONS_NEARLY_SOLD_OUT -> people.withAnyRole(EnumSet.of(Role.KITCHEN_MANAGER));
    };
  }

  Map<String, Person> people(List<String> usernames) {
    Map<String, PeopleToNotify.Contact> known = people.contactsOf(usernames);
    return usernames.stream()
        .distinct()
        .collect(
            Collectors.toMap(
                u -> u,
                u ->
                    Optional.ofNullable(known.get(u))
                        .map(c -> new Person(u, c.email(), c.language()))
                        .orElse(new Person(u, Optional.empty(), "en"))));
  }
}
