package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.trayflow.tenantconfig.Location;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.ui.FieldProblems;

/** One ward, department or pick-up point of a site, as a row of fields. */
class LocationRow extends HorizontalLayout {

  private final TextField slug = new TextField(words("admin.shortName"));
  private final TextField name = new TextField(words("admin.name"));
  private final Select<Location.Kind> kind = new Select<>();

  LocationRow(Location location, Runnable remove) {
    kind.setLabel(words("sites.kind"));
    kind.setItems(Location.Kind.values());
    kind.setItemLabelGenerator(k -> words("location." + k.word()));
    slug.addClassName("location-slug");
    name.addClassName("location-name");
    kind.addClassName("location-kind");
    // Most new locations are wards.
    kind.setValue(location == null ? Location.Kind.WARD : location.kind());
    if (location != null) {
      slug.setValue(location.slug().value());
      name.setValue(location.name());
    }
    Button removeButton = new Button(VaadinIcon.TRASH.create(), click -> remove.run());
    removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    removeButton.setAriaLabel(words("sites.removeLocation"));
    setAlignItems(FlexComponent.Alignment.BASELINE);
    add(slug, name, kind, removeButton);
  }

  Optional<Location> read() {
    boolean complete =
        Required.filled(slug, !slug.isEmpty())
            & Required.filled(name, !name.isEmpty())
            & Required.filled(kind, kind.getValue() != null);
    if (!complete || !Required.wellFormedSlug(slug)) {
      return Optional.empty();
    }
    return Optional.of(
        new Location(new Slug(slug.getValue()), name.getValue().strip(), kind.getValue()));
  }

  void placeFields(FieldProblems problems, String path) {
    problems.place(path + ".slug", slug);
    problems.place(path + ".name", name);
    problems.place(path + ".kind", kind);
  }
}
