package org.trayflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trayflow.identity.InvalidPerson;
import org.trayflow.identity.Passwords;
import org.trayflow.identity.People;
import org.trayflow.identity.Person;
import org.trayflow.identity.PersonNotFound;
import org.trayflow.identity.Role;
import org.trayflow.identity.SignIn;
import org.trayflow.identity.SignInBusy;
import org.trayflow.identity.SignInRefused;
import org.trayflow.identity.SignInSource;
import org.trayflow.identity.SignInThrottled;
import org.trayflow.identity.SignedInUser;
import org.trayflow.identity.persistence.UserAccount;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.Slug;

/** Sign-in against PostgreSQL with Jakarta Security's PBKDF2, inside the server. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

  private static final Slug ST_MUNGOS = new Slug("st-mungos");

  private static final String PASSWORD = "correct horse battery staple";

  @Deployment
  static WebArchive deployment() {
    return TrayflowWar.with(SignInIT.class, TrayflowWar.class, AllAtOnce.class);
  }

  @Inject SignIn signIn;
  @Inject People people;
  @Inject Passwords passwords;
  @Inject TenantDirectory directory;
  @Inject EntityManager em;

  /** A source of its own for each test, so that one test's failures never slow another's tries. */
  private static SignInSource somewhere() {
    return new SignInSource(
        "198.51.100."
            + ThreadLocalRandom.current().nextInt(1, 255)
            + "-"
            + UUID.randomUUID().toString().substring(0, 8));
  }

  @Test
  void the_right_password_signs_in_with_tenant_and_roles() throws Exception {
    String name = newKitchenManager();

    SignedInUser user = signIn.signIn(name.toUpperCase(), PASSWORD.toCharArray(), somewhere());

    assertEquals(name, user.username());
    assertEquals(Optional.of("st-mungos"), user.tenantSlug());
    assertEquals(Set.of(Role.KITCHEN_MANAGER), user.roles());
  }

  @Test
  void five_wrong_passwords_slow_the_next_tries_from_there_and_lock_nobody_out() throws Exception {
    String name = newKitchenManager();
    SignInSource guesser = somewhere();
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThrows(SignInRefused.class, () -> signIn.signIn(name, "guess".toCharArray(), guesser));
    }

    SignInThrottled slowed =
        assertThrows(
            SignInThrottled.class, () -> signIn.signIn(name, PASSWORD.toCharArray(), guesser));
    Duration wait = slowed.retryAfter().orElseThrow();
    assertTrue(
        wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofSeconds(1)) <= 0,
        wait.toString());
    assertEquals(
        name,
        signIn.signIn(name, PASSWORD.toCharArray(), somewhere()).username(),
        "the person themselves, from their own device, is not kept out");

    Thread.sleep(wait.toMillis() + 50);
    assertThrows(SignInRefused.class, () -> signIn.signIn(name, "guess".toCharArray(), guesser));
    Duration longer =
        assertThrows(
                SignInThrottled.class, () -> signIn.signIn(name, "guess".toCharArray(), guesser))
            .retryAfter()
            .orElseThrow();
    assertTrue(
        longer.compareTo(Duration.ofSeconds(1)) > 0,
        "each failure past the free ones doubles the wait: " + longer);
  }

  @Test
  void fewer_failures_do_not_slow_and_a_success_forgets_them() throws Exception {
    String name = newKitchenManager();
    SignInSource ward = somewhere();
    for (int attempt = 0; attempt < 4; attempt++) {
      assertThrows(SignInRefused.class, () -> signIn.signIn(name, "guess".toCharArray(), ward));
    }
    signIn.signIn(name, PASSWORD.toCharArray(), ward);
    for (int attempt = 0; attempt < 4; attempt++) {
      assertThrows(SignInRefused.class, () -> signIn.signIn(name, "guess".toCharArray(), ward));
    }

    assertEquals(name, signIn.signIn(name, PASSWORD.toCharArray(), ward).username());
  }

  @Test
  void an_unknown_name_is_refused_exactly_like_a_wrong_password_and_so_is_a_name_that_is_not_text()
      throws Exception {
    String name = newKitchenManager();

    String unknown =
        assertThrows(
                SignInRefused.class,
                () -> signIn.signIn("nobody-" + name, PASSWORD.toCharArray(), somewhere()))
            .getMessage();
    String wrong =
        assertThrows(
                SignInRefused.class, () -> signIn.signIn(name, "guess".toCharArray(), somewhere()))
            .getMessage();
    String notText =
        assertThrows(
                SignInRefused.class,
                () -> signIn.signIn(name + "\u0000", PASSWORD.toCharArray(), somewhere()))
            .getMessage();
    String tooLong =
        assertThrows(
                SignInRefused.class,
                () -> signIn.signIn("x".repeat(5000), PASSWORD.toCharArray(), somewhere()))
            .getMessage();

    assertEquals(wrong, unknown);
    assertEquals(wrong, notText);
    assertEquals(wrong, tooLong);
  }

  @Test
  void password_checks_take_turns_and_a_crowd_beyond_their_wait_is_told_to_try_again()
      throws Exception {
    String name = newKitchenManager();
    Duration single = Duration.ofDays(1);
    for (int run = 0; run < 3; run++) {
      long one = System.nanoTime();
      signIn.signIn(name, PASSWORD.toCharArray(), somewhere());
      Duration took = Duration.ofNanos(System.nanoTime() - one);
      single = took.compareTo(single) < 0 ? took : single;
    }

    ManagedThreadFactory threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
    int crowd = 4;
    long start = System.nanoTime();
    List<Boolean> signedIn =
        AllAtOnce.run(
            threads,
            crowd,
            i ->
                () ->
                    signIn
                        .signIn(name, PASSWORD.toCharArray(), somewhere())
                        .username()
                        .equals(name));
    Duration together = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(signedIn.stream().allMatch(Boolean::booleanValue));
    assertTrue(
        together.compareTo(single.multipliedBy(crowd - 1)) > 0,
        "one check at a time on two cores: " + crowd + " took " + together + ", one " + single);

    int storm =
        (int) Math.max(12, 2 * Passwords.LONGEST_WAIT.toMillis() / Math.max(1, single.toMillis()));
    List<String> outcomes =
        AllAtOnce.run(
            threads,
            storm,
            i ->
                () -> {
                  try {
                    return signIn
                        .signIn("nobody-" + i + "-" + name, "guess".toCharArray(), somewhere())
                        .username();
                  } catch (SignInRefused refused) {
                    return "refused";
                  } catch (SignInBusy busy) {
                    return "busy";
                  }
                });
    assertTrue(
        outcomes.stream().allMatch(o -> o.equals("refused") || o.equals("busy")),
        outcomes.toString());
    assertTrue(
        outcomes.contains("busy"),
        storm + " at once, beyond " + Passwords.LONGEST_WAIT + " of waiting: " + outcomes);
  }

  @Test
  void passwords_are_stored_only_as_salted_pbkdf2_hashes() {
    String first = passwords.hash(PASSWORD.toCharArray());
    String second = passwords.hash(PASSWORD.toCharArray());

    assertTrue(first.startsWith("PBKDF2WithHmacSHA512:210000:"), first);
    assertFalse(first.contains(PASSWORD));
    assertFalse(first.equals(second), "each hash has its own salt");
    assertTrue(passwords.matches(PASSWORD.toCharArray(), Optional.of(second)));
  }

  @Test
  void a_hospital_administrator_cannot_grant_platform_roles() {
    long stMungos = directory.findTenantId(ST_MUNGOS).orElseThrow();

    assertThrows(
        InvalidPerson.class,
        () ->
            TenantScope.asTenant(
                stMungos,
                ST_MUNGOS,
                () ->
                    people.addPerson(
                        "it-" + UUID.randomUUID() + "@st-mungos",
                        "Would-be admin",
                        Set.of(Role.PLATFORM_ADMIN),
                        "it")));
    assertThrows(
        InvalidPerson.class,
        () ->
            TenantScope.asTenant(
                stMungos,
                ST_MUNGOS,
                () -> people.changeRoles("staff@st-mungos", Set.of(Role.STAFF, Role.OPS), "it")));
  }

  @Test
  void another_tenants_people_cannot_be_seen_or_changed() {
    long stMungos = directory.findTenantId(ST_MUNGOS).orElseThrow();

    List<String> seen =
        TenantScope.asTenant(stMungos, ST_MUNGOS, people::listPeople).stream()
            .map(Person::username)
            .toList();
    assertTrue(seen.contains("staff@st-mungos"));
    assertFalse(seen.stream().anyMatch(name -> name.endsWith("@riverside")), seen.toString());
    assertThrows(
        PersonNotFound.class,
        () ->
            TenantScope.asTenant(
                stMungos, ST_MUNGOS, () -> people.deactivate("staff@riverside", "it")));
  }

  private String newKitchenManager() throws Exception {
    long stMungos = directory.findTenantId(ST_MUNGOS).orElseThrow();
    String name = "it-" + UUID.randomUUID() + "@st-mungos";
    UserAccount account =
        UserAccount.create(
            stMungos,
            name,
            "Test Kitchen Manager",
            passwords.hash(PASSWORD.toCharArray()),
            false,
            Set.of(Role.KITCHEN_MANAGER));
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
    TenantScope.asTenant(
        stMungos,
        ST_MUNGOS,
        () -> {
          try {
            transaction.begin();
            em.persist(account);
            transaction.commit();
            return null;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    return name;
  }
}
