package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trayflow.audit.AuditLog;
import org.trayflow.ids.PatientId;
import org.trayflow.patients.persistence.BedsidePassRecords;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.Language;
import org.trayflow.tenantconfig.Slug;

/**
 * Bedside passes (docs/bedside-ordering.md): the ward issues one to a patient, or to a relative on
 * their behalf, for this admission; it opens a menu of what is safe for that patient and nothing
 * else, until the ward ends it or the patient is discharged. The code is shown once and kept only
 * as its hash.
 */
@ApplicationScoped
public class BedsidePasses {

  /** No 0/O, 1/I/L: read aloud or typed from a card at a bedside without mistakes. */
  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private static final int LENGTH = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject BedsidePassRecords records;
  @Inject Patients patients;
  @Inject TenantDirectory tenants;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A pass just issued, with its code, which is never shown again. */
  public record Issued(BedsidePass pass, String code) {}

  /**
   * A bedside signed in with a pass: the tenant to scope each request to, the pass, and the
   * language it opens in (the patient's, where their record names it, else the hospital's).
   */
  public record Guest(
      long tenantId,
      String tenantSlug,
      Locale hospitalLocale,
      String opensIn,
      long passId,
      long patient)
      implements Serializable {

    public PatientId patientId() {
      return new PatientId(patient);
    }
  }

  /**
   * @throws PatientNotFound unless the patient is in hospital
   */
  @Transactional
  public Issued issue(PatientId patientId, String holder, String by) {
    Patient patient = patients.find(patientId);
    if (!patient.inHospital()) {
      throw new PatientNotFound(patientId.toString());
    }
    String who = holder == null || holder.isBlank() ? "the patient" : holder.strip();
    if (who.length() > 120) {
      who = who.substring(0, 120);
    }
    String code = newCode();
    long id = records.issue(patientId, sha256(code), who, by, clock.instant());
    audit.record(
        by, "bedside-pass.issued", patient.displayName() + " (" + patient.mrn() + "): " + who);
    return new Issued(records.find(id).orElseThrow(), code);
  }

  /** Ends the pass; a pass ended already stays as it was. */
  @Transactional
  public void end(long passId, String by) {
    BedsidePass pass = records.find(passId).orElseThrow(() -> new PatientNotFound("pass"));
    if (records.end(passId, by, clock.instant())) {
      Patient patient = patients.find(pass.patientId());
      audit.record(
          by,
          "bedside-pass.ended",
          patient.displayName() + " (" + patient.mrn() + "): " + pass.holder());
    }
  }

  @Transactional
  public List<BedsidePass> of(PatientId patientId) {
    return records.of(patientId);
  }

  /**
   * The bedside a code opens: empty for a code that is no pass's, or one ended, or the patient
   * discharged, or the hospital suspended. The same answer for each, so that a guess learns
   * nothing.
   */
  public Optional<Guest> redeem(String typed) {
    String code = normalised(typed);
    if (code.length() != LENGTH) {
      return Optional.empty();
    }
    // a bedside already open for one pass may be given another: the code, not the session, says
    // which hospital it is
    return TenantScope.outside(
        () ->
            records
                .byCode(sha256(code))
                .filter(BedsidePass::open)
                .flatMap(
                    open ->
                        TenantScope.acrossTenants(() -> tenants.findTenant(open.tenantId()))
                            .filter(tenant -> tenant.suspendedSince().isEmpty())
                            .map(
                                tenant ->
                                    new Guest(
                                        open.tenantId(),
                                        tenant.slug(),
                                        Locale.forLanguageTag(tenant.locale()),
                                        open.patientReads()
                                            .map(Language::code)
                                            .orElse(
                                                Locale.forLanguageTag(tenant.locale())
                                                    .getLanguage()),
                                        open.id(),
                                        open.patientId().value()))));
  }

  /** The guest's pass as it is now, if it still opens the bedside; looked up on every request. */
  @Transactional
  public Optional<BedsidePass> stillOpen(Guest guest) {
    return records
        .find(guest.passId())
        .filter(BedsidePass::open)
        .filter(pass -> pass.patientId().equals(guest.patientId()));
  }

  /** The hospital of a guest, for scoping: its slug as configured. */
  public static Slug slugOf(Guest guest) {
    return new Slug(guest.tenantSlug());
  }

  /** "K7PQ-3MXA" as printed; typed in any case, with or without the dash or spaces. */
  public static String printed(String code) {
    return code.substring(0, 4) + "-" + code.substring(4);
  }

  private static String normalised(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  private static String newCode() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  private static String sha256(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
