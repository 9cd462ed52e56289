package org.trayflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import org.trayflow.identity.SignInRefused;
import org.trayflow.identity.SignedInUser;
import org.trayflow.identity.persistence.UserAccount;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.Slug;

/** Sign-in against PostgreSQL with Jakarta Security's PBKDF2, inside the server. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

  private static final String PASSWORD = "correct horse battery staple";

  @Deployment
  static WebArchive deployment() {
    return TrayflowWar.with(SignInIT.class, TrayflowWar.class);
  }

  @Inject SignIn signIn;
  @Inject People people;
  @Inject Passwords passwords;
  @Inject TenantDirectory directory;
  @Inject EntityManager em;

  @Test
  void the_right_password_signs_in_with_tenant_and_roles() throws Exception {
    String name = newKitchenManager();

    SignedInUser user = signIn.signIn(name.toUpperCase(), PASSWORD.toCharArray());

    assertEquals(name, user.username());
    assertEquals(Optional.of("st-mungos"), user.tenantSlug());
    assertEquals(Set.of(Role.KITCHEN_MANAGER), user.roles());
  }

  @Test
  void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
    String name = newKitchenManager();
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThrows(SignInRefused.class, () -> signIn.signIn(name, "guess".toCharArray()));
    }

    assertThrows(SignInRefused.class, () -> signIn.signIn(name, PASSWORD.toCharArray()));
  }

  @Test
  void fewer_failures_do_not_lock_and_a_success_forgets_them() throws Exception {
    String name = newKitchenManager();
    for (int attempt = 0; attempt < 4; attempt++) {
      assertThrows(SignInRefused.class, () -> signIn.signIn(name, "guess".toCharArray()));
    }
    signIn.signIn(name, PASSWORD.toCharArray());
    for (int attempt = 0; attempt < 4; attempt++) {
      assertThrows(SignInRefused.class, () -> signIn.signIn(name, "guess".toCharArray()));
    }

    assertEquals(name, signIn.signIn(name, PASSWORD.toCharArray()).username());
  }

  @Test
  void an_unknown_name_is_refused_exactly_like_a_wrong_password() throws Exception {
    String name = newKitchenManager();

    String unknown = assertThrows(SignInRefused.class, () -> signIn.signIn("nobody-" + name, PASSWORD.toCharArray()))
        .getMessage();
    String wrong = assertThrows(SignInRefused.class, () -> signIn.signIn(name, "guess".toCharArray())).getMessage();

    assertEquals(wrong, unknown);
  }

  @Test
  void passwords_are_stored_only_as_salted_pbkdf2_hashes() {
    String first = passwords.hash(PASSWORD.toCharArray());
    String second = passwords.hash(PASSWORD.toCharArray());

    assertTrue(first.startsWith("PBKDF2WithHmacSHA512:210000:"), first);
    assertFalse(first.contains(PASSWORD));
    assertFalse(first.equals(second), "each hash has its own salt");
    assertTrue(passwords.matches(PASSWORD.toCharArray(), second));
  }

  @Test
  void a_hospital_administrator_cannot_grant_platform_roles() {
    long stMungos = directory.findTenantId(new Slug("st-mungos")).orElseThrow();

    assertThrows(InvalidPerson.class, () -> TenantScope.asTenant(stMungos, () ->
        people.addPerson("it-" + UUID.randomUUID() + "@st-mungos", "Would-be admin", Set.of(Role.PLATFORM_ADMIN), "it")));
    assertThrows(InvalidPerson.class, () -> TenantScope.asTenant(stMungos, () ->
        people.changeRoles("staff@st-mungos", Set.of(Role.STAFF, Role.OPS), "it")));
  }

  @Test
  void another_tenants_people_cannot_be_seen_or_changed() {
    long stMungos = directory.findTenantId(new Slug("st-mungos")).orElseThrow();

    List<String> seen = TenantScope.asTenant(stMungos, people::listPeople).stream().map(Person::username).toList();
    assertTrue(seen.contains("staff@st-mungos"));
    assertFalse(seen.stream().anyMatch(name -> name.endsWith("@riverside")), seen.toString());
    assertThrows(PersonNotFound.class, () -> TenantScope.asTenant(stMungos, () ->
        people.deactivate("staff@riverside", "it")));
  }

  private String newKitchenManager() throws Exception {
    long stMungos = directory.findTenantId(new Slug("st-mungos")).orElseThrow();
    String name = "it-" + UUID.randomUUID() + "@st-mungos";
    UserAccount account = new UserAccount(stMungos, name, "Test Kitchen Manager", passwords.hash(PASSWORD.toCharArray()),
        Set.of(Role.KITCHEN_MANAGER));
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
    TenantScope.asTenant(stMungos, () -> {
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
