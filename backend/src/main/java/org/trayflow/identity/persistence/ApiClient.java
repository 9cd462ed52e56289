package org.trayflow.identity.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.trayflow.identity.Role;

/**
 * A machine that calls the API for one tenant. Like people, not mapped with the tenant
 * discriminator: its token request arrives before any tenant is known; row-level security keeps it
 * to its tenant (V6).
 */
@Entity
@Table(name = "api_client")
class ApiClient {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(name = "client_id", nullable = false, updatable = false)
  private String clientId;

  @Column(nullable = false)
  private String name;

  @Column(name = "secret_hash", nullable = false)
  private String secretHash;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "api_client_role", joinColumns = @JoinColumn(name = "api_client_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @Embedded private CredentialStamp credentials = new CredentialStamp();

  protected ApiClient() {}

  public ApiClient(
      long tenantId,
      String clientId,
      String name,
      String secretHash,
      Set<Role> roles,
      String createdBy,
      Instant createdAt) {
    this.tenantId = tenantId;
    this.clientId = clientId;
    this.name = name;
    this.secretHash = secretHash;
    this.roles = new HashSet<>(roles);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Its tokens stop at once (decision 0014). */
  public void revoke(Instant now) {
    active = false;
    credentials.bump(now);
  }

  /**
   * Its tokens stop; it may ask for new ones (its hospital was suspended, and is refused while it
   * is).
   */
  public void endTokens(Instant now) {
    credentials.bump(now);
  }

  public int credentialVersion() {
    return credentials.version();
  }

  public Long id() {
    return id;
  }

  public long tenantId() {
    return tenantId;
  }

  public String clientId() {
    return clientId;
  }

  public String name() {
    return name;
  }

  public String secretHash() {
    return secretHash;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
