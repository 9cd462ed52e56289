package org.trayflow.identity;

import org.trayflow.platform.ExpectedFailure;

/**
 * No person of the caller's tenant goes by that name (another tenant's people are not told apart).
 */
public class PersonNotFound extends ExpectedFailure {

  PersonNotFound(String username) {
    super(Kind.NOT_FOUND, "person-not-found", "There is no person '" + username + "'.");
  }
}
