package org.trayflow.patients.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trayflow.platform.persistence.TenantRow;

/** How {@link PatientRecord} is mapped. */
@Entity(name = "PatientRecord")
@Table(name = "patient")
class PatientRecordRow extends TenantRow implements PatientRecord {

  private String mrn;
  private String encounter;

  @Column(name = "family_name")
  private String familyName;

  @Column(name = "given_name")
  private String givenName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "site_id")
  private Long siteId;

  @Column(name = "location_id")
  private Long locationId;

  private String bed;

  @Column(name = "admitted_at")
  private Instant admittedAt;

  @Column(name = "discharged_at")
  private Instant dischargedAt;

  @JdbcTypeCode(SqlTypes.ARRAY)
  private String[] allergies;

  private String intolerances;

  @Column(name = "diet_version")
  private int dietVersion;

  private String language;

  protected PatientRecordRow() {}

  PatientRecordRow(String mrn, String familyName, String givenName) {
    this.mrn = mrn;
    this.familyName = familyName;
    this.givenName = givenName;
    this.allergies = new String[0];
    this.intolerances = "";
  }

  @Override
  public void name(String family, String given, LocalDate born) {
    familyName = family;
    givenName = given;
    if (born != null) {
      birthDate = born;
    }
  }

  @Override
  public void placeIn(
      String encounterId, long site, long location, String bedLabel, Instant since) {
    if (encounterId != null) {
      encounter = encounterId;
    }
    siteId = site;
    locationId = location;
    bed = bedLabel;
    if (admittedAt == null || dischargedAt != null) {
      admittedAt = since;
    }
    dischargedAt = null;
  }

  @Override
  public void discharge(Instant at) {
    dischargedAt = at;
  }

  @Override
  public void allergies(String[] declared, String other) {
    allergies = declared;
    intolerances = other;
  }

  @Override
  public void dietChanged() {
    dietVersion++;
  }

  @Override
  public String mrn() {
    return mrn;
  }

  @Override
  public String encounter() {
    return encounter;
  }

  @Override
  public String familyName() {
    return familyName;
  }

  @Override
  public String givenName() {
    return givenName;
  }

  @Override
  public LocalDate birthDate() {
    return birthDate;
  }

  @Override
  public Long siteId() {
    return siteId;
  }

  @Override
  public Long locationId() {
    return locationId;
  }

  @Override
  public String bed() {
    return bed;
  }

  @Override
  public Instant admittedAt() {
    return admittedAt;
  }

  @Override
  public Instant dischargedAt() {
    return dischargedAt;
  }

  @Override
  public String[] allergies() {
    return allergies.clone();
  }

  @Override
  public void reads(String language) {
    this.language = language;
  }

  @Override
  public String language() {
    return language;
  }

  @Override
  public String intolerances() {
    return intolerances;
  }

  @Override
  public int dietVersion() {
    return dietVersion;
  }
}
