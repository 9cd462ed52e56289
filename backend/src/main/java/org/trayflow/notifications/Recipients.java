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

  List<String> of(NotificationKind kind, JsonObject payload) {
    return switch (kind) {
      case ORDER_CONFIRMED, ORDER_CANCELLED, ORDER_STATUS_CHANGED ->
          List.of(payload.getString("orderer"));
      case CUT_OFF_REMINDER -> List.of(payload.getString("recipient"));
      case MENU_PUBLISHED -> people.withAnyRole(EnumSet.of(Role.STAFF, Role.WARD_STAFF));
      case PORTIONS_NEARLY_SOLD_OUT -> people.withAnyRole(EnumSet.of(Role.KITCHEN_MANAGER));
    };
  }

  /** Each person to notify; one without an account is reached in the inbox only, in English. */
  Map<String, PeopleToNotify.Contact> people(List<String> usernames) {
    Map<String, PeopleToNotify.Contact> known = people.contactsOf(usernames);
    return usernames.stream()
        .distinct()
        .collect(
            Collectors.toMap(
                u -> u,
                u ->
                    Optional.ofNullable(known.get(u))
                        .orElse(new PeopleToNotify.Contact(u, Optional.empty(), "en"))));
  }
}
