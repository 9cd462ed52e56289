package org.trayflow.ui.kitchen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.CatalogueFilter;
import org.trayflow.menus.InvalidMenuItem;
import org.trayflow.menus.MenuCatalogue;
import org.trayflow.menus.MenuItem;
import org.trayflow.platform.InvalidFields;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.ui.AllergenNames;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.TitledScreen;

/** The kitchen manager's catalogue of dishes: search, filter, add, change, withdraw. */
@Route(value = "kitchen/dishes", layout = MainLayout.class)
@ScreenTitle("nav.dishes")
@RolesAllowed("KITCHEN_MANAGER")
@Dependent
public class DishCatalogueView extends VerticalLayout implements TitledScreen {

  /** The filters' choice of no filter, shown in the reader's words. */
  private static final String ANY = "(any)";

  private final MenuCatalogue catalogue;
  private final Grid<MenuItem> dishes = new Grid<>();
  private final TextField words = new TextField();
  private final Select<String> category = new Select<>();
  private final Select<String> diet = new Select<>();
  private final Checkbox withdrawnToo = new Checkbox(getTranslation("catalogue.withdrawnToo"));
  private final List<String> hospitalDiets;
  private final Scheme scheme;

  @Inject
  public DishCatalogueView(MenuCatalogue catalogue, TenantConfigurations configurations) {
    this.catalogue = catalogue;
    this.hospitalDiets =
        configurations
            .configuration()
            .map(c -> c.dietTags().stream().map(Slug::value).toList())
            .orElse(List.of());
    this.scheme =
        configurations.configuration().map(c -> c.allergenPolicy().scheme()).orElse(Scheme.EU_14);
    words.setPlaceholder(getTranslation("catalogue.search"));
    words.setId("dish-search");
    words.setPrefixComponent(VaadinIcon.SEARCH.create());
    words.setValueChangeMode(ValueChangeMode.LAZY);
    category.setLabel(getTranslation("catalogue.category"));
    diet.setLabel(getTranslation("catalogue.diet"));
    category.setItemLabelGenerator(this::filterLabel);
    diet.setItemLabelGenerator(this::filterLabel);
    diet.setItems(withAny(hospitalDiets));
    diet.setValue(ANY);
    category.setItems(
        withAny(
            catalogue.listItems(CatalogueFilter.everything()).stream()
                .map(item -> item.details().category())
                .distinct()
                .sorted()
                .toList()));
    category.setValue(ANY);
    words.addValueChangeListener(e -> refresh());
    category.addValueChangeListener(e -> refresh());
    diet.addValueChangeListener(e -> refresh());
    withdrawnToo.addValueChangeListener(e -> refresh());
    Button add =
        new Button(getTranslation("catalogue.new"), VaadinIcon.PLUS.create(), click -> edit(null));
    add.setId("new-dish");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout filters = new HorizontalLayout(words, category, diet, withdrawnToo, add);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);

    dishes.setId("dishes");
    dishes
        .addColumn(item -> item.details().name())
        .setHeader(getTranslation("catalogue.dish"))
        .setAutoWidth(true);
    dishes
        .addColumn(item -> item.details().category())
        .setHeader(getTranslation("catalogue.category"))
        .setAutoWidth(true);
    dishes
        .addColumn(item -> names(item.details().allergens()))
        .setHeader(getTranslation("catalogue.contains"));
    dishes
        .addColumn(item -> names(item.details().mayContain()))
        .setHeader(getTranslation("catalogue.mayContain"));
    dishes
        .addColumn(item -> String.join(", ", item.details().dietTags().stream().sorted().toList()))
        .setHeader(getTranslation("catalogue.diets"));
    dishes
        .addColumn(
            item ->
                Optional.ofNullable(item.details().iddsiLevel()).map(String::valueOf).orElse(""))
        .setHeader("IDDSI")
        .setAutoWidth(true)
        .setFlexGrow(0);
    dishes
        .addColumn(
            item ->
                Optional.ofNullable(item.details().nutrition().energyKcal())
                    .map(Object::toString)
                    .orElse(""))
        .setHeader("kcal")
        .setAutoWidth(true)
        .setFlexGrow(0);
    dishes
        .addColumn(
            item ->
                getTranslation(
                    item.details().active() ? "catalogue.onOffer" : "catalogue.withdrawn"))
        .setHeader("")
        .setAutoWidth(true)
        .setFlexGrow(0);
    dishes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    dishes.addItemClickListener(click -> edit(click.getItem()));
    add(new H2(getTranslation("nav.dishes")), filters, dishes);
    setSizeFull();
    refresh();
  }

  private String names(Set<Allergen> allergens) {
    return allergens.stream()
        .sorted()
        .map(a -> AllergenNames.of(a, scheme))
        .collect(Collectors.joining(", "));
  }

  private void refresh() {
    List<MenuItem> found =
        catalogue.listItems(
            new CatalogueFilter(
                Optional.of(words.getValue()).filter(w -> !w.isBlank()),
                chosen(category),
                chosen(diet),
                !withdrawnToo.getValue()));
    dishes.setItems(found);
  }

  private void edit(MenuItem item) {
    Dialog dialog =
        new Dialog(item == null ? getTranslation("catalogue.new") : item.details().name());
    dialog.setWidth("56em");
    DishForm form = new DishForm(hospitalDiets, scheme);
    form.show(item);
    Button save =
        new Button(
            getTranslation("settings.save"),
            click -> {
              try {
                MenuItem saved =
                    item == null
                        ? catalogue.addItem(form.read())
                        : catalogue.changeItem(item.id(), form.read());
                dialog.close();
                Notification.show(
                        getTranslation("catalogue.saved", saved.details().name()),
                        4000,
                        Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
              } catch (InvalidMenuItem invalid) {
                form.problems().show(invalid.details());
              } catch (ConstraintViolationException invalid) {
                form.problems().show(InvalidFields.of(invalid));
              }
            });
    save.setId("save-dish");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(form.problems().unplaced(), form);
    dialog
        .getFooter()
        .add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  /** "(any)" in the reader's words; a category or diet as the kitchen wrote it. */
  private String filterLabel(String value) {
    return ANY.equals(value) ? getTranslation("catalogue.any") : value;
  }

  private static Optional<String> chosen(Select<String> select) {
    return Optional.ofNullable(select.getValue()).filter(value -> !ANY.equals(value));
  }

  private static List<String> withAny(List<String> values) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(ANY), values.stream())
        .toList();
  }
}
