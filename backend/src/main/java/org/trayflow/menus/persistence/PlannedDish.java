package org.trayflow.menus.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** A dish offered on one day and meal period of a weekly menu, with its planned portions (table {@code menu_offer}). */
@Entity
@Table(name = "menu_offer")
public class PlannedDish {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(name = "weekly_menu_id", nullable = false, updatable = false)
  private Long weeklyMenuId;

  @Column(name = "service_date", nullable = false, updatable = false)
  private LocalDate serviceDate;

  @Column(name = "meal_period", nullable = false, updatable = false)
  private String mealPeriod;

  @Column(name = "menu_item_id", nullable = false, updatable = false)
  private Long menuItemId;

  @Column(name = "planned_portions", nullable = false)
  private int plannedPortions;

  protected PlannedDish() {}

  public PlannedDish(long weeklyMenuId, LocalDate serviceDate, String mealPeriod, long menuItemId, int plannedPortions) {
    this.weeklyMenuId = weeklyMenuId;
    this.serviceDate = serviceDate;
    this.mealPeriod = mealPeriod;
    this.menuItemId = menuItemId;
    this.plannedPortions = plannedPortions;
  }

  public void plan(int portions) {
    plannedPortions = portions;
  }

  public LocalDate serviceDate() {
    return serviceDate;
  }

  public String mealPeriod() {
    return mealPeriod;
  }

  public long menuItemId() {
    return menuItemId;
  }

  public int plannedPortions() {
    return plannedPortions;
  }
}
