package org.trayflow.notifications.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;

/** The channels each person chose per kind ({@code notification_preference}). */
@ApplicationScoped
public class ChosenChannels {

  /** A person's choice for one kind, the kind as messages carry it ("order-confirmed"). */
  public record Chosen(String kind, boolean byEmail, boolean inInbox) {}

  @Inject EntityManager em;

  /** What the person chose, kind by kind; a kind never chosen is not there. */
  public List<Chosen> of(String username) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select kind, by_email, in_inbox from notification_preference"
                        + " where tenant_id = ?2 and username = ?1")
                .setParameter(1, username)
                .setParameter(2, TenantScope.requiredTenant()))
        .map(row -> new Chosen(row.text("kind"), row.flag("by_email"), row.flag("in_inbox")))
        .toList();
  }

  public void choose(String username, Chosen choice) {
    em.createNativeQuery(
            "insert into notification_preference (tenant_id, username, kind, by_email, in_inbox)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (tenant_id, username, kind)"
                + " do update set by_email = excluded.by_email, in_inbox = excluded.in_inbox")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, username)
        .setParameter(3, choice.kind())
        .setParameter(4, choice.byEmail())
        .setParameter(5, choice.inInbox())
        .executeUpdate();
  }
}
