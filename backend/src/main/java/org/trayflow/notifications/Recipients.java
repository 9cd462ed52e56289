package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.tenantconfig.NotificationKind;

/** Who a message is for, and where each of them reads e-mail and in which language. */
@ApplicationScoped
class Recipients {

  @Inject EntityManager em;

  /** A person to notify; without an e-mail address (or an account) only the inbox reaches them. */
  record Person(String username, Optional<String> email, String language) {}

  List<String> of(NotificationKind kind, JsonObject payload) {
    return switch (kind) {
      case ORDER_CONFIRMED, ORDER_CANCELLED, ORDER_STATUS_CHANGED ->
          List.of(payload.getString("orderer"));
      case CUT_OFF_REMINDER -> List.of(payload.getString("recipient"));
      case MENU_PUBLISHED -> withRole("'STAFF', 'WARD_STAFF'");
      case PORTIONS_NEARLY_SOLD_OUT -> withRole("'KITCHEN_MANAGER'");
    };
  }

  Map<String, Person> people(List<String> usernames) {
    Map<String, Person> known =
        NativeRows.of(
                em.createNativeQuery(
                        "select username, email, language"
                            + " from user_account where username = any(cast(?1 as varchar[])) and active")
                    .setParameter(1, usernames.toArray(String[]::new)))
            .map(
                row ->
                    new Person(
                        (String) row[0], Optional.ofNullable((String) row[1]), (String) row[2]))
            .collect(Collectors.toMap(Person::username, p -> p));
    return usernames.stream()
        .distinct()
        .collect(
            Collectors.toMap(
                u -> u, u -> known.getOrDefault(u, new Person(u, Optional.empty(), "en"))));
  }

  @SuppressWarnings("unchecked")
  private List<String> withRole(String roles) {
    return em.createNativeQuery(
            "select distinct a.username from user_account a join user_role r on r.user_id = a.id"
                + " where a.active and r.role in ("
                + roles
                + ") order by a.username")
        .getResultList();
  }
}
