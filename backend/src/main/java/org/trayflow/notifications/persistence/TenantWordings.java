package org.trayflow.notifications.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.NotificationKind;

/**
 * The tenant's own wording of a kind of notification in a language ({@code notification_template}),
 * where it has one. Callers hold the transaction.
 */
@ApplicationScoped
public class TenantWordings {

  /** A subject and a text with {placeholders}. */
  public record Wording(String subject, String body) {}

  @Inject EntityManager em;

  public Optional<Wording> of(NotificationKind kind, String language) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select subject, body from notification_template where tenant_id = ?3"
                        + " and kind = ?1 and language = ?2")
                .setParameter(1, kind.word())
                .setParameter(2, language)
                .setParameter(3, TenantScope.requiredTenant()))
        .findFirst()
        .map(row -> new Wording(row.text("subject"), row.text("body")));
  }

  public void keep(NotificationKind kind, String language, Wording wording) {
    em.createNativeQuery(
            "insert into notification_template (tenant_id, kind, language, subject, body)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (tenant_id, kind, language)"
                + " do update set subject = excluded.subject, body = excluded.body")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, kind.word())
        .setParameter(3, language)
        .setParameter(4, wording.subject())
        .setParameter(5, wording.body())
        .executeUpdate();
  }

  public void forget(NotificationKind kind, String language) {
    em.createNativeQuery(
            "delete from notification_template where tenant_id = ?3 and kind = ?1 and language = ?2")
        .setParameter(1, kind.word())
        .setParameter(2, language)
        .setParameter(3, TenantScope.requiredTenant())
        .executeUpdate();
  }
}
