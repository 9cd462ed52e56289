package org.trayflow.identity;

import java.util.Map;
import java.util.Optional;

/**
 * Who the hospital's identity provider says signed in: the issuer of the verified ID token and its
 * claims. Trayflow decides from this alone which of its own accounts, if any, the person may use.
 */
public record HospitalAccount(String issuer, Map<String, Object> claims) {

  public HospitalAccount {
    claims = Map.copyOf(claims);
  }

  Optional<String> claim(String name) {
    return Optional.ofNullable(claims.get(name))
        .map(Object::toString)
        .filter(value -> !value.isBlank());
  }
}
