package org.trayflow.identity;

import org.trayflow.platform.ExpectedFailure;

/** No API client of the caller's tenant has that id (another tenant's are not told apart). */
public class ApiClientNotFound extends ExpectedFailure {

  ApiClientNotFound(String clientId) {
    super(Kind.NOT_FOUND, "api-client-not-found", "There is no API client '" + clientId + "'.");
  }
}
