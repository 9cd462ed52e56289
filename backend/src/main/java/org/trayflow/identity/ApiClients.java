package org.trayflow.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.trayflow.audit.AuditLog;
import org.trayflow.identity.persistence.ApiClientRecords;

/** The API clients of the tenant in scope, registered and revoked by its administrators. */
@ApplicationScoped
@Transactional
public class ApiClients {

  @Inject ApiClientRecords clients;
  @Inject Passwords passwords;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<CredentialsChanged> credentials;

  public RegisteredApiClient register(
      @NotBlank String name, @NotEmpty Set<Role> roles, @NotBlank String registeredBy) {
    if (roles.stream().anyMatch(Role::isPlatformRole)) {
      throw new InvalidPerson("API clients of a hospital get hospital roles only.");
    }
    String clientId = "tf-" + UUID.randomUUID();
    String secret = Secrets.clientSecret();
    clients.add(
        clientId,
        name.strip(),
        passwords.hash(secret.toCharArray()),
        roles,
        registeredBy,
        clock.instant());
    audit.record(registeredBy, "api-client.registered", clientId + " (" + name.strip() + ")");
    return new RegisteredApiClient(clientId, secret);
  }

  public List<ApiClientSummary> list() {
    return clients.ofTenant();
  }

  public void revoke(@NotBlank String clientId, @NotBlank String revokedBy) {
    credentials.fire(
        clients
            .revoke(clientId, clock.instant())
            .orElseThrow(() -> new ApiClientNotFound(clientId)));
    audit.record(revokedBy, "api-client.revoked", clientId);
  }
}
