package org.trayflow.patients.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trayflow.ids.PatientId;
import org.trayflow.platform.persistence.TenantRow;

/** How {@link DietOrderRecord} is mapped. */
@Entity(name = "DietOrderRecord")
@Table(name = "diet_order")
class DietOrderRecordRow extends TenantRow implements DietOrderRecord {

  @Column(name = "patient_id")
  private long patientId;

  private boolean npo;

  @JdbcTypeCode(SqlTypes.ARRAY)
  private String[] diets;

  @Column(name = "food_level")
  private Integer foodLevel;

  @Column(name = "drink_level")
  private Integer drinkLevel;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "cultural_needs")
  private String[] culturalNeeds;

  private String supplements;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  private String source;

  @Column(name = "source_ref")
  private String sourceRef;

  @Column(name = "entered_by")
  private String enteredBy;

  @Column(name = "entered_at")
  private Instant enteredAt;

  @Column(name = "hold_reason", nullable = false)
  private String holdReason = "";

  @Column(name = "energy_target_kcal")
  private BigDecimal energyTargetKcal;

  @Column(name = "protein_target_g")
  private BigDecimal proteinTargetG;

  protected DietOrderRecordRow() {}

  DietOrderRecordRow(
      long patientId,
      boolean npo,
      String[] diets,
      Integer foodLevel,
      Integer drinkLevel,
      String[] culturalNeeds,
      String supplements,
      Instant startsAt,
      Instant endsAt,
      String source,
      String sourceRef,
      String enteredBy,
      Instant enteredAt,
      String holdReason,
      BigDecimal energyTargetKcal,
      BigDecimal proteinTargetG) {
    this.patientId = patientId;
    this.npo = npo;
    this.diets = diets;
    this.foodLevel = foodLevel;
    this.drinkLevel = drinkLevel;
    this.culturalNeeds = culturalNeeds;
    this.supplements = supplements;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.source = source;
    this.sourceRef = sourceRef;
    this.enteredBy = enteredBy;
    this.enteredAt = enteredAt;
    this.holdReason = holdReason;
    this.energyTargetKcal = energyTargetKcal;
    this.proteinTargetG = proteinTargetG;
  }

  @Override
  public BigDecimal energyTargetKcal() {
    return energyTargetKcal;
  }

  @Override
  public BigDecimal proteinTargetG() {
    return proteinTargetG;
  }

  @Override
  public void end(Instant at) {
    endedAt = at;
  }

  @Override
  public PatientId patientId() {
    return new PatientId(patientId);
  }

  @Override
  public boolean npo() {
    return npo;
  }

  @Override
  public String[] diets() {
    return diets.clone();
  }

  @Override
  public Integer foodLevel() {
    return foodLevel;
  }

  @Override
  public Integer drinkLevel() {
    return drinkLevel;
  }

  @Override
  public String[] culturalNeeds() {
    return culturalNeeds.clone();
  }

  @Override
  public String supplements() {
    return supplements;
  }

  @Override
  public Instant startsAt() {
    return startsAt;
  }

  @Override
  public Instant endsAt() {
    return endsAt;
  }

  @Override
  public Instant endedAt() {
    return endedAt;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public String sourceRef() {
    return sourceRef;
  }

  @Override
  public String enteredBy() {
    return enteredBy;
  }

  @Override
  public Instant enteredAt() {
    return enteredAt;
  }

  @Override
  public String holdReason() {
    return holdReason;
  }
}
