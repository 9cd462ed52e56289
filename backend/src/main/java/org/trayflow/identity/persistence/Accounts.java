package org.trayflow.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trayflow.identity.PeopleSearch;
import org.trayflow.platform.persistence.Row;
import org.trayflow.platform.tenant.TenantScope;

/**
 * The accounts of people ({@code user_account}, with their roles and sites); callers hold the
 * transaction.
 */
@ApplicationScoped
public class Accounts {

  /** How many of a tenant's people are active, and when one of them last signed in. */
  public record Activity(long active, Optional<Instant> lastSignIn) {}

  @Inject EntityManager em;

  /**
   * Written at once, so that a name taken meanwhile fails here (a {@code PersistenceException}
   * naming the unique constraint) rather than at the commit.
   */
  public void add(UserAccount account) {
    em.persist(account);
    em.flush();
  }

  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccountRow.class, id));
  }

  /** The tenant's person of this (normalised) name. */
  public Optional<UserAccount> ofTenantNamed(String username) {
    return em.createQuery(
            "select u from UserAccount u where u.username = :u and u.tenantId = :t",
            UserAccount.class)
        .setParameter("u", username)
        .setParameter("t", TenantScope.requiredTenant())
        .getResultStream()
        .findFirst();
  }

  /** Anyone's account of this name, whichever tenant it is in (or none, for platform staff). */
  public Optional<UserAccount> named(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * The tenant's people the search finds, by user name, at most {@value PeopleSearch#MOST}.
   *
   * @param siteId the id of the search's site, when it names one
   */
  public List<UserAccount> find(PeopleSearch search, Optional<Long> siteId) {
    StringBuilder query = new StringBuilder("select u from UserAccount u where u.tenantId = :t");
    search
        .text()
        .ifPresent(
            text ->
                query.append(
                    " and (lower(u.username) like :text escape '!'"
                        + " or lower(u.displayName) like :text escape '!'"
                        + " or lower(u.email) like :text escape '!')"));
    search.role().ifPresent(role -> query.append(" and :role member of u.roles"));
    siteId.ifPresent(site -> query.append(" and :site member of u.siteIds"));
    search.active().ifPresent(active -> query.append(" and u.active = :active"));
    var found =
        em.createQuery(query.append(" order by u.username").toString(), UserAccount.class)
            .setParameter("t", TenantScope.requiredTenant())
            .setMaxResults(PeopleSearch.MOST);
    search.text().ifPresent(text -> found.setParameter("text", "%" + likeLiteral(text) + "%"));
    search.role().ifPresent(role -> found.setParameter("role", role));
    siteId.ifPresent(site -> found.setParameter("site", site));
    search.active().ifPresent(active -> found.setParameter("active", active));
    return found.getResultList();
  }

  public Activity activity() {
    Row row =
        new Row(
            em.createQuery(
                    "select count(u) as people, max(u.lastSignedInAt) as last_sign_in"
                        + " from UserAccount u where u.tenantId = :t and u.active = true",
                    Tuple.class)
                .setParameter("t", TenantScope.requiredTenant())
                .getSingleResult());
    return new Activity(row.whole("people"), row.optionalInstant("last_sign_in"));
  }

  /** The text as a LIKE pattern's literal part: its own %, _ and ! escaped by !. */
  private static String likeLiteral(String text) {
    return text.strip()
        .toLowerCase(Locale.ROOT)
        .replace("!", "!!")
        .replace("%", "!%")
        .replace("_", "!_");
  }
}
