package org.trayflow.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.trayflow.audit.AuditLog;
import org.trayflow.identity.persistence.Accounts;
import org.trayflow.identity.persistence.TakenNames;
import org.trayflow.identity.persistence.UserAccount;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.Language;

/**
 * The people of the tenant in scope, managed by its administrators: add someone, change their
 * roles, deactivate them. Hospital administrators grant hospital roles only, never platform roles.
 */
@ApplicationScoped
@Transactional
public class People {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+(@[a-z0-9.-]+)?");
  private static final String USERNAME_UNIQUE = "user_account_username_unique";

  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject Event<CredentialsChanged> credentials;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Sites sites;
  @Inject SignInThrottle throttle;
  @Inject TakenNames taken;
  @Inject TenantConfigurations hospital;

  public List<Person> listPeople() {
    return findPeople(PeopleSearch.EVERYONE);
  }

  /** The people the search finds, by user name; at most {@value PeopleSearch#MOST} of them. */
  public List<Person> findPeople(@NotNull PeopleSearch search) {
    Optional<Long> siteId = search.site().map(slug -> sites.findSiteId(slug).orElse(-1L));
    Map<Long, String> siteSlugs = sites.slugsById();
    return accounts.find(search, siteId).stream()
        .map(account -> personOf(account, siteSlugs))
        .toList();
  }

  /** How many of the tenant's people are active, and when one of them last signed in. */
  public PeopleActivity activity() {
    Accounts.Activity activity = accounts.activity();
    return new PeopleActivity(activity.active(), activity.lastSignIn());
  }

  public Person person(@NotBlank String username) {
    return personOf(find(username));
  }

  /** The languages Trayflow writes to people in. */
  public static final List<String> LANGUAGES = Language.codes();

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Where and in which language the person is written to. */
  public PeopleToNotify.Contact contactOf(@NotBlank String username) {
    UserAccount account = find(username);
    return new PeopleToNotify.Contact(account.username(), account.email(), account.language());
  }

  /**
   * The person's own choice of where and how they are written to.
   *
   * @param email none: notifications reach the person in the inbox only
   */
  public void changeContact(
      @NotBlank String username, Optional<String> email, @NotBlank String language) {
    UserAccount account = find(username);
    account.describe(
        account.displayName(), checkedEmail(email), checkedLanguage(language), account.siteIds());
  }

  /** The person's own choice of the language their screens and messages are written in. */
  public void chooseLanguage(@NotBlank String username, @NotBlank String language) {
    UserAccount account = find(username);
    account.describe(
        account.displayName(), account.email(), checkedLanguage(language), account.siteIds());
  }

  /**
   * An administrator's correction of who someone is and how to reach them; their sign-in is
   * unaffected.
   */
  public Person changeDetails(
      @NotBlank String username, @NotNull PersonDetails details, @NotBlank String changedBy) {
    UserAccount account = find(username);
    String name = details.displayName().strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new InvalidPerson("A name is 1 to 200 characters.");
    }
    account.describe(
        name,
        checkedEmail(details.email()),
        checkedLanguage(details.language()),
        checkedSites(details.sites()));
    audit.record(
        changedBy,
        "person.details-changed",
        account.username()
            + ": "
            + name
            + account.email().map(e -> ", " + e).orElse("")
            + ", "
            + account.language()
            + (details.sites().isEmpty()
                ? ""
                : ", works at " + String.join(", ", new TreeSet<>(details.sites()))));
    return personOf(account);
  }

  static Optional<String> checkedEmail(Optional<String> email) {
    Optional<String> address = email.map(String::strip).filter(e -> !e.isEmpty());
    if (address.isPresent()
        && (address.get().length() > 254 || !EMAIL.matcher(address.get()).matches())) {
      throw new InvalidPerson("'" + address.get() + "' is not an e-mail address.");
    }
    return address;
  }

  /** A new person reads their hospital's language until they choose their own. */
  String hospitalLanguage() {
    return hospital
        .configuration()
        .map(configuration -> configuration.locale().getLanguage())
        .orElse(Language.ENGLISH.code());
  }

  static String checkedLanguage(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new InvalidPerson(
          "Trayflow writes in " + String.join(" or ", LANGUAGES) + ", not '" + language + "'.");
    }
    return language;
  }

  public NewPerson addPerson(
      @NotBlank String username,
      @NotBlank String displayName,
      @NotEmpty Set<Role> roles,
      @NotBlank String addedBy) {
    String name = checkedUsername(username);
    requireHospitalRoles(roles);
    String firstPassword = Secrets.firstPassword();
    UserAccount account =
        newAccount(
            name,
            displayName.strip(),
            Optional.empty(),
            hospitalLanguage(),
            Set.of(),
            roles,
            passwords.hash(firstPassword.toCharArray()));
    try {
      accounts.add(account);
    } catch (PersistenceException e) {
      throw takenOr(e, name);
    }
    audit.record(addedBy, "person.added", name + " with roles " + sorted(roles));
    return new NewPerson(personOf(account), firstPassword);
  }

  /**
   * Everyone of a checked staff list, in one transaction: all of them or, if a name was taken
   * meanwhile, none.
   *
   * @param firstPasswords each person's first password and its hash, made beforehand (they take
   *     CPU, not the database)
   */
  List<NewPerson> addAll(
      List<StaffRow> rows, Map<String, FirstPassword> firstPasswords, String addedBy) {
    List<NewPerson> added = new ArrayList<>();
    for (StaffRow row : rows) {
      FirstPassword first = firstPasswords.get(row.username());
      UserAccount account =
          newAccount(
              row.username(),
              row.displayName(),
              row.email(),
              row.language(),
              checkedSites(row.sites()),
              row.roles(),
              first.hash());
      try {
        accounts.add(account);
      } catch (PersistenceException e) {
        throw takenOr(e, row.username());
      }
      audit.record(
          addedBy,
          "person.added",
          row.username() + " with roles " + sorted(row.roles()) + " (imported)");
      added.add(new NewPerson(personOf(account), first.password()));
    }
    return added;
  }

  /** A first password as handed over, and as stored. */
  record FirstPassword(String password, String hash) {}

  FirstPassword newFirstPassword() {
    String password = Secrets.firstPassword();
    return new FirstPassword(password, passwords.hash(password.toCharArray()));
  }

  private static UserAccount newAccount(
      String username,
      String displayName,
      Optional<String> email,
      String language,
      Set<Long> siteIds,
      Set<Role> roles,
      String passwordHash) {
    UserAccount account =
        UserAccount.create(
            TenantScope.requiredTenant(), username, displayName, passwordHash, true, roles);
    account.describe(displayName, email, language, siteIds);
    return account;
  }

  /**
   * Names are unique across tenants, and row security hides other tenants' people: the database
   * tells.
   */
  private static RuntimeException takenOr(PersistenceException e, String name) {
    return mentions(e, USERNAME_UNIQUE)
        ? new InvalidPerson("The user name '" + name + "' is taken.")
        : e;
  }

  /** The name as stored, or why it cannot be one. */
  static String checkedUsername(String username) {
    String name = username.strip().toLowerCase(Locale.ROOT);
    if (name.length() < 3 || name.length() > 120 || !USERNAME.matcher(name).matches()) {
      throw new InvalidPerson(
          "A user name is 3 to 120 lower-case letters, digits, dots, hyphens or underscores,"
              + " optionally followed by @ and a domain.");
    }
    return name;
  }

  /**
   * Whether the name is someone's already, in any hospital (names are unique across them).
   *
   * @throws InvalidPerson when it cannot be a user name at all
   */
  public boolean nameTaken(@NotNull String username) {
    return taken.isTaken(checkedUsername(username));
  }

  /** The ids of the tenant's active sites of these slugs, or which one it has not. */
  Set<Long> checkedSites(Set<String> slugs) {
    Set<Long> ids = new HashSet<>();
    for (String slug : new TreeSet<>(slugs)) {
      ids.add(
          sites
              .findSiteId(slug.strip())
              .orElseThrow(() -> new InvalidPerson("There is no site '" + slug + "'.")));
    }
    return ids;
  }

  public Person changeRoles(
      @NotBlank String username, @NotEmpty Set<Role> roles, @NotBlank String changedBy) {
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

  /** Back at work: they may sign in again (with a new password if theirs was reset meanwhile). */
  public Person reactivate(@NotBlank String username, @NotBlank String reactivatedBy) {
    UserAccount account = find(username);
    account.reactivate();
    audit.record(reactivatedBy, "person.reactivated", account.username());
    return personOf(account);
  }

  /**
   * Someone whose sign-ins were slowed by failed tries (their own, or a stranger's with their name)
   * may try again at once, from anywhere; the administrator has made sure it is them.
   */
  public void forgiveFailedSignIns(@NotBlank String username, @NotBlank String forgivenBy) {
    UserAccount account = find(username);
    throttle.forgive(account.username());
    audit.record(forgivenBy, "person.sign-ins-forgiven", account.username());
  }

  /**
   * A new first password, for someone who forgot theirs or whose password may be known to others:
   * their sessions and tokens end at once.
   */
  public NewPerson resetPassword(@NotBlank String username, @NotBlank String resetBy) {
    UserAccount account = find(username);
    String firstPassword = Secrets.firstPassword();
    account.givePasswordToChange(passwords.hash(firstPassword.toCharArray()), clock.instant());
    credentialsChanged(account);
    audit.record(resetBy, "person.password-reset", account.username());
    return new NewPerson(personOf(account), firstPassword);
  }

  private void credentialsChanged(UserAccount account) {
    credentials.fire(new CredentialsChanged(account.username(), account.credentialVersion()));
  }

  private UserAccount find(@NotNull String username) {
    return accounts
        .ofTenantNamed(username.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new PersonNotFound(username));
  }

  static void requireHospitalRoles(Set<Role> roles) {
    if (!roles.stream().allMatch(Role::isHospitalRole)) {
      throw new InvalidPerson(
          "Hospital administrators grant hospital roles only, not "
              + sorted(
                  roles.stream().filter(role -> !role.isHospitalRole()).collect(Collectors.toSet()))
              + ".");
    }
  }

  private Person personOf(UserAccount account) {
    return personOf(account, sites.slugsById());
  }

  private static Person personOf(UserAccount account, Map<Long, String> siteSlugs) {
    return new Person(
        account.username(),
        account.displayName(),
        account.email(),
        account.language(),
        account.siteIds().stream()
            .map(id -> siteSlugs.getOrDefault(id, String.valueOf(id)))
            .collect(Collectors.toSet()),
        account.roles(),
        account.active(),
        account.mustChangePassword(),
        account.lastSignedInAt());
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
