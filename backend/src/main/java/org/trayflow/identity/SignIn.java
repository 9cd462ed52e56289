package org.trayflow.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.trayflow.identity.persistence.SignInRecords;
import org.trayflow.identity.persistence.SignInRecords.Candidate;
import org.trayflow.platform.Text;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.HospitalIdentityProvider;
import org.trayflow.tenantconfig.Slug;

/**
 * Checks a person's name and password, an API client's secret, or a hospital identity provider's
 * word. Failed passwords slow the next tries down ({@link SignInThrottle}) and never lock an
 * account, so that no stranger can keep anyone out; a slowed try is refused before its password is
 * checked.
 */
@ApplicationScoped
public class SignIn {

  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  @Inject SignInRecords records;
  @Inject Passwords passwords;
  @Inject SignInThrottle throttle;
  @Inject TenantDirectory tenants;

  /**
   * Names no account can have (past the column, or not text at all) are refused like unknown ones,
   * unlooked-up.
   */
  private static final int LONGEST_NAME = 120;

  public SignedInUser signIn(
      @NotNull String username, @NotNull char[] password, @NotNull SignInSource from) {
    String name = username.strip().toLowerCase(Locale.ROOT);
    return checked(
        name, password, from, possibleName(name) ? records.person(name) : Optional.empty());
  }

  /**
   * An API client's credentials (OAuth client credentials); refused like a person's, revoked ones
   * included.
   */
  public SignedInUser signInClient(
      @NotNull String clientId, @NotNull char[] secret, @NotNull SignInSource from) {
    String id = clientId.strip();
    return checked(
        "client:" + id, secret, from, possibleName(id) ? records.client(id) : Optional.empty());
  }

  private static boolean possibleName(String name) {
    return name.length() <= LONGEST_NAME && Text.notText(name).isEmpty();
  }

  private SignedInUser checked(
      String name, char[] password, SignInSource from, Optional<Candidate> candidate) {
    Duration wait = throttle.waitBefore(name, from);
    if (!wait.isZero()) {
      throw new SignInThrottled(wait);
    }
    boolean matched;
    try {
      matched = passwords.matches(password, candidate.map(Candidate::passwordHash));
    } catch (BulkheadException noTurnInTime) {
      throw new SignInBusy();
    }
    if (!matched) {
      throttle.failed(name, from);
      LOG.fine(() -> "Sign-in refused for a name from " + from.address());
      throw new SignInRefused();
    }
    throttle.succeeded(name, from);
    Candidate proven = candidate.orElseThrow();
    if (proven.hospitalSuspended()) {
      throw new HospitalSuspended();
    }
    if (proven.signsInAs().signedInWith() != SignedInWith.CLIENT_SECRET) {
      records.signedIn(proven.signsInAs().userId());
    }
    return proven.signsInAs();
  }

  /**
   * Signs a person in to the tenant whose identity provider vouched for them: the token must come
   * from the provider the tenant configured, and its user-name claim must name an active account of
   * that tenant.
   */
  public SignedInUser signInWithHospitalAccount(
      @NotNull Slug tenant, @NotNull HospitalAccount proven) {
    HospitalIdentityProvider provider =
        tenants
            .identityProviderOf(tenant)
            .orElseThrow(
                () -> new HospitalSignInRefused("'" + tenant + "' has no hospital sign-in."));
    if (!provider.issuer().toString().equals(proven.issuer())) {
      LOG.warning(
          () -> "Hospital sign-in to " + tenant + " refused: token issued by " + proven.issuer());
      throw new HospitalSignInRefused(
          "This sign-in did not come from the identity provider of '" + tenant + "'.");
    }
    String username =
        proven
            .claim(provider.usernameClaim())
            .map(n -> n.strip().toLowerCase(Locale.ROOT))
            .orElseThrow(
                () ->
                    new HospitalSignInRefused(
                        "Your hospital account has no "
                            + provider.usernameClaim()
                            + ", which Trayflow needs to find your account."));
    SignedInUser person =
        records
            .personOf(username, tenants.findTenantId(tenant))
            .orElseThrow(
                () ->
                    new HospitalSignInRefused(
                        "There is no active Trayflow account '"
                            + username
                            + "' at '"
                            + tenant
                            + "', or Trayflow is suspended for your hospital. Your hospital's Trayflow administrator can"
                            + " tell you which."));
    records.signedIn(person.userId());
    return person;
  }
}
