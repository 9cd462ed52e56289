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
import java.util.Optional;
import java.util.Set;
import org.trayflow.identity.Role;

/**
 * A person who signs in. Not mapped with Hibernate's tenant discriminator: platform staff have no tenant,
 * and sign-in must find a name before any tenant is known; row-level security still keeps a hospital's
 * people to that hospital (V4 migration).
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id")
  private Long tenantId;

  @Column(nullable = false, unique = true, length = 120)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;


  @Column(nullable = false)
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", length = 32)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @Embedded private CredentialStamp credentials = new CredentialStamp();

  protected UserAccount() {}

  public UserAccount(Long tenantId, String username, String displayName, String passwordHash, Set<Role> roles) {
    this.tenantId = tenantId;
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = new HashSet<>(roles);
  }

  /** Tokens and sessions issued with the old roles stop at once; so do the next two. */
  public void replaceRoles(Set<Role> newRoles, Instant now) {
    roles.clear();
    roles.addAll(newRoles);
    credentials.bump(now);
  }

  public void deactivate(Instant now) {
    active = false;
    credentials.bump(now);
  }

  public void changePasswordHash(String newHash, Instant now) {
    passwordHash = newHash;
    credentials.bump(now);
  }

  public int credentialVersion() {
    return credentials.version();
  }

  public Long id() {
    return id;
  }

  public Optional<Long> tenantId() {
    return Optional.ofNullable(tenantId);
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean active() {
    return active;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
