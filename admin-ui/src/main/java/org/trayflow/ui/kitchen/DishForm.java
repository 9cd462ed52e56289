package org.trayflow.ui.kitchen;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.MenuItem;
import org.trayflow.menus.MenuItemDetails;
import org.trayflow.menus.Nutrition;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;
import org.trayflow.ui.FieldProblems;

/** A dish's fields; the catalogue's problems are shown next to the field they name. */
class DishForm extends FormLayout {

  private final TextField name = new TextField("Name");
  private final TextArea description = new TextArea("Description");
  private final TextField category = new TextField("Category");
  private final TextField portionSize = new TextField("Portion size");
  private final BigDecimalField price = new BigDecimalField("Price");
  private final CheckboxGroup<Allergen> allergens =
      new CheckboxGroup<>("Contains (allergens it is made with)");
  private final CheckboxGroup<Allergen> mayContain =
      new CheckboxGroup<>("May contain (from the kitchen's handling)");
  private final CheckboxGroup<String> dietTags = new CheckboxGroup<>("Diets");
  private final IntegerField iddsiLevel = new IntegerField("IDDSI level (0–7, where it applies)");
  private final BigDecimalField kcal = new BigDecimalField("Energy (kcal)");
  private final BigDecimalField protein = new BigDecimalField("Protein (g)");
  private final BigDecimalField carbohydrate = new BigDecimalField("Carbohydrate (g)");
  private final BigDecimalField fat = new BigDecimalField("Fat (g)");
  private final BigDecimalField salt = new BigDecimalField("Salt (g)");
  private final Checkbox active = new Checkbox("On offer (untick to withdraw)");
  private final FieldProblems problems = new FieldProblems("dish-problems");

  DishForm(List<String> hospitalDiets, Scheme scheme) {
    name.setId("dish-name");
    category.setId("dish-category");
    portionSize.setId("dish-portion");
    price.setId("dish-price");
    allergens.setId("dish-allergens");
    dietTags.setId("dish-diets");
    mayContain.setId("dish-may-contain");
    for (CheckboxGroup<Allergen> group : List.of(allergens, mayContain)) {
      group.setItems(Allergen.values());
      group.setItemLabelGenerator(a -> a.nameIn(scheme));
    }
    dietTags.setItems(hospitalDiets);
    iddsiLevel.setMin(0);
    iddsiLevel.setMax(7);
    add(
        name,
        category,
        portionSize,
        price,
        description,
        iddsiLevel,
        allergens,
        mayContain,
        dietTags,
        kcal,
        protein,
        carbohydrate,
        fat,
        salt,
        active);
    setColspan(description, 2);
    setColspan(allergens, 2);
    setColspan(mayContain, 2);
    setColspan(dietTags, 2);
    problems.place("name", name);
    problems.place("category", category);
    problems.place("portionSize", portionSize);
    problems.place("price", price);
    problems.place("dietTags", dietTags);
    problems.place("allergens", allergens);
    problems.place("mayContain", mayContain);
    problems.place("iddsiLevel", iddsiLevel);
  }

  /**
   * Where the catalogue's problems are shown: next to their fields, the rest in a list above the
   * form.
   */
  FieldProblems problems() {
    return problems;
  }

  void show(MenuItem item) {
    MenuItemDetails d = item == null ? null : item.details();
    name.setValue(d == null ? "" : d.name());
    description.setValue(d == null ? "" : d.description());
    category.setValue(d == null ? "" : d.category());
    portionSize.setValue(d == null ? "1 plate" : d.portionSize());
    price.setValue(d == null ? null : d.price());
    allergens.setValue(d == null ? Set.of() : d.allergens());
    mayContain.setValue(d == null ? Set.of() : d.mayContain());
    dietTags.setValue(d == null ? Set.of() : d.dietTags());
    iddsiLevel.setValue(d == null ? null : d.iddsiLevel());
    Nutrition n = d == null ? Nutrition.unknown() : d.nutrition();
    kcal.setValue(n.energyKcal());
    protein.setValue(n.proteinG());
    carbohydrate.setValue(n.carbohydrateG());
    fat.setValue(n.fatG());
    salt.setValue(n.saltG());
    active.setValue(d == null || d.active());
    problems.clear();
  }

  MenuItemDetails read() {
    return new MenuItemDetails(
        name.getValue(),
        description.getValue(),
        category.getValue(),
        portionSize.getValue(),
        price.getValue(),
        allergens.getValue(),
        mayContain.getValue(),
        dietTags.getValue(),
        iddsiLevel.getValue(),
        new Nutrition(
            kcal.getValue(),
            protein.getValue(),
            carbohydrate.getValue(),
            fat.getValue(),
            salt.getValue()),
        active.getValue());
  }
}
