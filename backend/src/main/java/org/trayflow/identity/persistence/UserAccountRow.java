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

/** How {@link UserAccount} is mapped. */
@Entity(name = "UserAccount")
@Table(name = "user_account")
class UserAccountRow implements UserAccount {

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

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(length = 254)
  private String email;

  @Column(nullable = false, length = 8)
  private String language = "en";

  /**
   * The sites the person works at, by their ids: tenancy's sites, referred to as every feature
   * does.
   */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_site", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "site_id")
  private Set<Long> siteIds = new HashSet<>();

  @Column(name = "last_signed_in_at")
  private Instant lastSignedInAt;

  @Column(nullable = false)
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", length = 32)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @Embedded private CredentialStamp credentials = new CredentialStamp();

  protected UserAccountRow() {}

  /**
   * @param mustChangePassword whether the password was chosen for the person rather than by them
   */
  UserAccountRow(
      Long tenantId,
      String username,
      String displayName,
      String passwordHash,
      boolean mustChangePassword,
      Set<Role> roles) {
    this.tenantId = tenantId;
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.mustChangePassword = mustChangePassword;
    this.roles = new HashSet<>(roles);
  }

  @Override
  public void replaceRoles(Set<Role> newRoles, Instant now) {
    roles.clear();
    roles.addAll(newRoles);
    credentials.bump(now);
  }

  @Override
  public void deactivate(Instant now) {
    active = false;
    credentials.bump(now);
  }

  @Override
  public void endSignIns(Instant now) {
    credentials.bump(now);
  }

  @Override
  public void reactivate() {
    active = true;
  }

  @Override
  public void givePasswordToChange(String newHash, Instant now) {
    passwordHash = newHash;
    mustChangePassword = true;
    credentials.bump(now);
  }

  @Override
  public void choosePassword(String newHash, Instant now) {
    passwordHash = newHash;
    mustChangePassword = false;
    credentials.bump(now);
  }

  @Override
  public void describe(
      String newDisplayName, Optional<String> newEmail, String newLanguage, Set<Long> newSiteIds) {
    displayName = newDisplayName;
    email = newEmail.orElse(null);
    language = newLanguage;
    siteIds.clear();
    siteIds.addAll(newSiteIds);
  }

  @Override
  public int credentialVersion() {
    return credentials.version();
  }

  @Override
  public Long id() {
    return id;
  }

  @Override
  public Optional<Long> tenantId() {
    return Optional.ofNullable(tenantId);
  }

  @Override
  public String username() {
    return username;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public String passwordHash() {
    return passwordHash;
  }

  @Override
  public boolean active() {
    return active;
  }

  @Override
  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  @Override
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  @Override
  public String language() {
    return language;
  }

  @Override
  public Set<Long> siteIds() {
    return Set.copyOf(siteIds);
  }

  @Override
  public Optional<Instant> lastSignedInAt() {
    return Optional.ofNullable(lastSignedInAt);
  }

  @Override
  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
