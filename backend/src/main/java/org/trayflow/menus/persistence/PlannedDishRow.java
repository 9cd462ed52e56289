package org.trayflow.menus.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.trayflow.platform.persistence.TenantRow;

/** How {@link PlannedDish} is mapped. */
@Entity(name = "PlannedDish")
@Table(name = "menu_offer")
class PlannedDishRow extends TenantRow implements PlannedDish {

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

  protected PlannedDishRow() {}

  PlannedDishRow(
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

  @Override
  public void plan(int portions) {
    plannedPortions = portions;
  }

  @Override
  public LocalDate serviceDate() {
    return serviceDate;
  }

  @Override
  public String mealPeriod() {
    return mealPeriod;
  }

  @Override
  public long menuItemId() {
    return menuItemId;
  }

  @Override
  public int plannedPortions() {
    return plannedPortions;
  }
}
