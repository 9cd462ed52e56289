package org.trayflow.ui.kitchen;

import static org.trayflow.ui.Translations.words;

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
import org.trayflow.ui.AllergenNames;
import org.trayflow.ui.FieldProblems;

/** A dish's fields; the catalogue's problems are shown next to the field they name. */
class DishForm extends FormLayout {

  private final TextField name = new TextField(words("dish.form.name"));
  private final TextArea description = new TextArea(words("dish.form.description"));
  private final TextField category = new TextField(words("catalogue.category"));
  private final TextField portionSize = new TextField(words("dish.form.portionSize"));
  private final BigDecimalField price = new BigDecimalField(words("dish.form.price"));
  private final CheckboxGroup<Allergen> allergens =
      new CheckboxGroup<>(words("dish.form.contains"));
  private final CheckboxGroup<Allergen> mayContain =
      new CheckboxGroup<>(words("dish.form.mayContain"));
  private final CheckboxGroup<String> dietTags = new CheckboxGroup<>(words("catalogue.diets"));
  private final IntegerField iddsiLevel = new IntegerField(words("dish.form.iddsi"));
  private final BigDecimalField kcal = new BigDecimalField(words("dish.form.kcal"));
  private final BigDecimalField protein = new BigDecimalField(words("dish.form.protein"));
  private final BigDecimalField fat = new BigDecimalField(words("dish.form.fat"));
  private final BigDecimalField saturates = new BigDecimalField(words("dish.form.saturates"));
  private final BigDecimalField carbohydrate = new BigDecimalField(words("dish.form.carbohydrate"));
  private final BigDecimalField sugars = new BigDecimalField(words("dish.form.sugars"));
  private final BigDecimalField fibre = new BigDecimalField(words("dish.form.fibre"));
  private final BigDecimalField salt;
  private final Scheme scheme;
  private final Checkbox active = new Checkbox(words("dish.form.active"));
  private final FieldProblems problems = new FieldProblems("dish-problems");

  DishForm(List<String> hospitalDiets, Scheme scheme) {
    this.scheme = scheme;
    // a US label declares sodium; it is kept as the salt it stands for, exactly
    salt =
        new BigDecimalField(words(scheme == Scheme.US_9 ? "dish.form.sodium" : "dish.form.salt"));
    name.setId("dish-name");
    category.setId("dish-category");
    portionSize.setId("dish-portion");
    price.setId("dish-price");
    allergens.setId("dish-allergens");
    dietTags.setId("dish-diets");
    mayContain.setId("dish-may-contain");
    for (CheckboxGroup<Allergen> group : List.of(allergens, mayContain)) {
      group.setItems(Allergen.values());
      group.setItemLabelGenerator(a -> AllergenNames.of(a, scheme));
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
        fat,
        saturates,
        carbohydrate,
        sugars,
        fibre,
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
    problems.place("energyKcal", kcal);
    problems.place("proteinG", protein);
    problems.place("fatG", fat);
    problems.place("saturatedFatG", saturates);
    problems.place("saturatesWithinFat", saturates);
    problems.place("sugarsWithinCarbohydrate", sugars);
    problems.place("carbohydrateG", carbohydrate);
    problems.place("sugarsG", sugars);
    problems.place("fibreG", fibre);
    problems.place("saltG", salt);
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
    portionSize.setValue(d == null ? words("dish.form.portionSize.default") : d.portionSize());
    price.setValue(d == null ? null : d.price());
    allergens.setValue(d == null ? Set.of() : d.allergens());
    mayContain.setValue(d == null ? Set.of() : d.mayContain());
    dietTags.setValue(d == null ? Set.of() : d.dietTags());
    iddsiLevel.setValue(d == null ? null : d.iddsiLevel());
    Nutrition n = d == null ? Nutrition.unknown() : d.nutrition();
    kcal.setValue(n.energyKcal());
    protein.setValue(n.proteinG());
    fat.setValue(n.fatG());
    saturates.setValue(n.saturatedFatG());
    carbohydrate.setValue(n.carbohydrateG());
    sugars.setValue(n.sugarsG());
    fibre.setValue(n.fibreG());
    salt.setValue(scheme == Scheme.US_9 ? n.sodiumMg() : n.saltG());
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
            fat.getValue(),
            saturates.getValue(),
            carbohydrate.getValue(),
            sugars.getValue(),
            fibre.getValue(),
            scheme == Scheme.US_9 ? Nutrition.saltFromSodium(salt.getValue()) : salt.getValue()),
        active.getValue());
  }
}
