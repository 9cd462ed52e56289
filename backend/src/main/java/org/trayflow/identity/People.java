package org.trayflow.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.trayflow.audit.AuditLog;
import org.trayflow.identity.persistence.UserAccount;
import org.trayflow.platform.tenant.TenantScope;

/**
 * The people of the tenant in scope, managed by its administrators: add someone, change their roles,
 * deactivate them. Hospital administrators grant hospital roles only, never platform roles.
 */
@ApplicationScoped
@Transactional
public class People {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+(@[a-z0-9.-]+)?");
  private static final String USERNAME_UNIQUE = "user_account_username_unique";

  @Inject EntityManager em;
  @Inject Passwords passwords;
  @Inject Event<CredentialsChanged> credentials;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public List<Person> listPeople() {
    return em.createQuery("select u from UserAccount u where u.tenantId = :t order by u.username", UserAccount.class)
        .setParameter("t", TenantScope.requiredTenant())
        .getResultStream()
        .map(this::personOf)
        .toList();
  }

  /** The languages Trayflow writes to people in. */
  public static final List<String> LANGUAGES = List.of("en", "fr");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Where and in which language a person is written to. */
  public record Contact(Optional<String> email, String language) {}

  public Contact contactOf(@NotBlank String username) {
    List<?> rows = em.createNativeQuery("select email, language from user_account where username = ?1")
        .setParameter(1, username).getResultList();
    if (rows.isEmpty()) {
      throw new PersonNotFound(username);
    }
    Object[] row = (Object[]) rows.get(0);
    return new Contact(Optional.ofNullable((String) row[0]), (String) row[1]);
  }

  /** @param email none: notifications reach the person in the inbox only */
  public void changeContact(@NotBlank String username, Optional<String> email, @NotBlank String language) {
    Optional<String> address = email.map(String::strip).filter(e -> !e.isEmpty());
    if (address.isPresent() && !EMAIL.matcher(address.get()).matches()) {
      throw new InvalidPerson("'" + address.get() + "' is not an e-mail address.");
    }
    if (!LANGUAGES.contains(language)) {
      throw new InvalidPerson("Trayflow writes in " + String.join(" or ", LANGUAGES) + ", not '" + language + "'.");
    }
    int changed = em.createNativeQuery("update user_account set email = ?1, language = ?2 where username = ?3")
        .setParameter(1, address.orElse(null)).setParameter(2, language).setParameter(3, username).executeUpdate();
    if (changed == 0) {
      throw new PersonNotFound(username);
    }
  }

  public NewPerson addPerson(@NotBlank String username, @NotBlank String displayName, @NotEmpty Set<Role> roles,
      @NotBlank String addedBy) {
    String name = username.strip().toLowerCase(Locale.ROOT);
    if (name.length() < 3 || name.length() > 120 || !USERNAME.matcher(name).matches()) {
      throw new InvalidPerson("A user name is 3 to 120 lower-case letters, digits, dots, hyphens or underscores,"
          + " optionally followed by @ and a domain.");
    }
    requireHospitalRoles(roles);
    String firstPassword = Secrets.firstPassword();
    UserAccount account = new UserAccount(TenantScope.requiredTenant(), name, displayName.strip(),
        passwords.hash(firstPassword.toCharArray()), roles);
    try {
      em.persist(account);
      em.flush();
    } catch (PersistenceException e) {
      // Names are unique across tenants, and row security hides other tenants' people: the database tells.
      if (mentions(e, USERNAME_UNIQUE)) {
        throw new InvalidPerson("The user name '" + name + "' is taken.");
      }
      throw e;
    }
    audit.record(addedBy, "person.added", name + " with roles " + sorted(roles));
    return new NewPerson(personOf(account), firstPassword);
  }

  public Person changeRoles(@NotBlank String username, @NotEmpty Set<Role> roles, @NotBlank String changedBy) {
    requireHospitalRoles(roles);
    UserAccount account = find(username);
    account.replaceRoles(roles, clock.instant());
    credentialsChanged(account);
    audit.record(changedBy, "person.roles-changed", account.username() + " now " + sorted(roles));
    return personOf(account);
  }

  public Person deactivate(@NotBlank String username, @NotBlank String deactivatedBy) {
    UserAccount account = find(username);
    account.deactivate(clock.instant());
    credentialsChanged(account);
    audit.record(deactivatedBy, "person.deactivated", account.username());
    return personOf(account);
  }

  /**
   * A new first password, for someone who forgot theirs or whose password may be known to others: their sessions
   * and tokens end at once.
   */
  public NewPerson resetPassword(@NotBlank String username, @NotBlank String resetBy) {
    UserAccount account = find(username);
    String firstPassword = Secrets.firstPassword();
    account.changePasswordHash(passwords.hash(firstPassword.toCharArray()), clock.instant());
    credentialsChanged(account);
    audit.record(resetBy, "person.password-reset", account.username());
    return new NewPerson(personOf(account), firstPassword);
  }

  private void credentialsChanged(UserAccount account) {
    credentials.fire(new CredentialsChanged(account.username(), account.credentialVersion()));
  }

  private UserAccount find(@NotNull String username) {
    return em.createQuery("select u from UserAccount u where u.username = :u and u.tenantId = :t", UserAccount.class)
        .setParameter("u", username.strip().toLowerCase(Locale.ROOT))
        .setParameter("t", TenantScope.requiredTenant())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new PersonNotFound(username));
  }

  private static void requireHospitalRoles(Set<Role> roles) {
    if (roles.stream().anyMatch(Role::isPlatformRole)) {
      throw new InvalidPerson("Hospital administrators grant hospital roles only, not " + sorted(roles.stream()
          .filter(Role::isPlatformRole).collect(java.util.stream.Collectors.toSet())) + ".");
    }
  }

  private Person personOf(UserAccount account) {
    return new Person(account.username(), account.displayName(), account.roles(), account.active());
  }

  private static boolean mentions(Throwable failure, String constraint) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (String.valueOf(cause.getMessage()).contains(constraint)) {
        return true;
      }
    }
    return false;
  }

  private static String sorted(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().toList().toString();
  }
}
