package org.trayflow.menus.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.MenuItem;
import org.trayflow.menus.MenuItemDetails;
import org.trayflow.menus.Nutrition;
import org.trayflow.platform.persistence.TenantRow;

/** A row of the kitchen's catalogue (table {@code menu_item}, V7). */
@Entity
@Table(name = "menu_item")
class CatalogueEntry extends TenantRow {

  private String name;
  private String description;
  private String category;

  @Column(name = "portion_size")
  private String portionSize;

  private BigDecimal price;

  @JdbcTypeCode(SqlTypes.ARRAY)
  private String[] allergens;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "may_contain")
  private String[] mayContain;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "diet_tags")
  private String[] dietTags;

  @Column(name = "iddsi_level")
  private Integer iddsiLevel;

  @Column(name = "energy_kcal")
  private BigDecimal energyKcal;

  @Column(name = "protein_g")
  private BigDecimal proteinG;

  @Column(name = "carbohydrate_g")
  private BigDecimal carbohydrateG;

  @Column(name = "fat_g")
  private BigDecimal fatG;

  @Column(name = "saturated_fat_g")
  private BigDecimal saturatedFatG;

  @Column(name = "sugars_g")
  private BigDecimal sugarsG;

  @Column(name = "fibre_g")
  private BigDecimal fibreG;

  @Column(name = "salt_g")
  private BigDecimal saltG;

  private boolean active;

  protected CatalogueEntry() {}

  public CatalogueEntry(MenuItemDetails details) {
    describe(details);
  }

  public void describe(MenuItemDetails details) {
    name = details.name().strip();
    description = details.description().strip();
    category = details.category().strip();
    portionSize = details.portionSize().strip();
    price = details.price();
    allergens = details.allergens().stream().sorted().map(Allergen::name).toArray(String[]::new);
    mayContain = details.mayContain().stream().sorted().map(Allergen::name).toArray(String[]::new);
    dietTags = details.dietTags().stream().sorted().toArray(String[]::new);
    iddsiLevel = details.iddsiLevel();
    Nutrition nutrition = details.nutrition();
    energyKcal = nutrition.energyKcal();
    proteinG = nutrition.proteinG();
    carbohydrateG = nutrition.carbohydrateG();
    fatG = nutrition.fatG();
    saturatedFatG = nutrition.saturatedFatG();
    sugarsG = nutrition.sugarsG();
    fibreG = nutrition.fibreG();
    saltG = nutrition.saltG();
    active = details.active();
  }

  public MenuItem toMenuItem() {
    return new MenuItem(
        id(),
        new MenuItemDetails(
            name,
            description,
            category,
            portionSize,
            price,
            allergens(allergens),
            allergens(mayContain),
            Set.of(dietTags),
            iddsiLevel,
            new Nutrition(
                energyKcal,
                proteinG,
                fatG,
                saturatedFatG,
                carbohydrateG,
                sugarsG,
                fibreG,
                saltG == null ? null : saltG.stripTrailingZeros()),
            active));
  }

  private static Set<Allergen> allergens(String[] names) {
    return Arrays.stream(names).map(Allergen::valueOf).collect(Collectors.toSet());
  }

  public boolean active() {
    return active;
  }
}
