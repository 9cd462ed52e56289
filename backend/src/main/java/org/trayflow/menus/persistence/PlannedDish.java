package org.trayflow.menus.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.trayflow.platform.persistence.TenantRow;

/**
 * A dish offered on one day and meal period of a weekly menu, with its planned portions (table
 * {@code menu_offer}).
 */
@Entity
@Table(name = "menu_offer")
public class PlannedDish extends TenantRow {

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

  public PlannedDish(
      long weeklyMenuId,
      LocalDate serviceDate,
      String mealPeriod,
      long menuItemId,
      int plannedPortions) {
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
