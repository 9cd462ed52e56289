package org.trayflow.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Password hashing by Jakarta Security's PBKDF2 (HMAC-SHA512, salted, {@value SignInPolicy#PBKDF2_ITERATIONS} rounds). */
@ApplicationScoped
public class Passwords {

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** Verified against when there is no account, so that unknown names take as long as wrong passwords. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(Map.of(
        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
        "Pbkdf2PasswordHash.Iterations", String.valueOf(SignInPolicy.PBKDF2_ITERATIONS),
        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
        "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = pbkdf2.generate("no such account".toCharArray());
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String storedHash) {
    return pbkdf2.verify(password, storedHash);
  }

  void spendTheTimeOfAVerification(char[] password) {
    pbkdf2.verify(password, decoy);
  }
}
