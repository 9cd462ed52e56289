package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trayflow.tenantconfig.Location;
import org.trayflow.tenantconfig.SiteConfiguration;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TimeWindow;
import org.trayflow.ui.ClockPicker;
import org.trayflow.ui.FieldProblems;

/** One site's fields and its wards, departments and pick-up points. */
class SiteForm extends VerticalLayout {

  private final TextField slug = new TextField(words("admin.shortName"));
  private final TextField name = new TextField(words("admin.name"));
  private final TimePicker rushFrom = ClockPicker.of(words("sites.rushFrom"));
  private final TimePicker rushTo = ClockPicker.of(words("sites.rushUntil"));
  private final VerticalLayout locationRows = new VerticalLayout();
  private final List<LocationRow> rows = new ArrayList<>();
  private Runnable placeAgain = () -> {};

  SiteForm() {
    slug.setId("site-slug");
    name.setId("site-name");
    rushFrom.setId("site-rush-from");
    rushTo.setId("site-rush-to");
    rushFrom.setStep(Duration.ofMinutes(15));
    rushTo.setStep(Duration.ofMinutes(15));
    locationRows.setId("site-locations");
    locationRows.setPadding(false);
    Button addLocation = new Button(words("sites.addLocation"), click -> addRow(null));
    addLocation.setId("add-location");
    setPadding(false);
    add(
        new FormLayout(slug, name, rushFrom, rushTo),
        new H4(words("sites.locations")),
        locationRows,
        addLocation);
  }

  void show(SiteConfiguration site, FieldProblems problems, String path) {
    slug.setValue(site == null ? "" : site.slug().value());
    slug.setReadOnly(site != null);
    name.setValue(site == null ? "" : site.name());
    rushFrom.setValue(site == null ? null : site.lunchWindow().from());
    rushTo.setValue(site == null ? null : site.lunchWindow().to());
    rows.clear();
    locationRows.removeAll();
    placeAgain = () -> placeFields(problems, path);
    (site == null ? List.<Location>of() : site.locations()).forEach(this::addRow);
    placeAgain.run();
  }

  Optional<SiteConfiguration> read() {
    boolean complete =
        Required.filled(slug, !slug.isEmpty())
            & Required.filled(name, !name.isEmpty())
            & Required.filled(rushFrom, !rushFrom.isEmpty())
            & Required.filled(rushTo, !rushTo.isEmpty());
    List<Location> locations = new ArrayList<>();
    for (LocationRow row : rows) {
      Optional<Location> location = row.read();
      complete &= location.isPresent();
      location.ifPresent(locations::add);
    }
    if (!complete || !Required.wellFormedSlug(slug)) {
      return Optional.empty();
    }
    return Optional.of(
        new SiteConfiguration(
            new Slug(slug.getValue()),
            name.getValue().strip(),
            new TimeWindow(rushFrom.getValue(), rushTo.getValue()),
            locations));
  }

  private void addRow(Location location) {
    LocationRow[] self = new LocationRow[1];
    self[0] =
        new LocationRow(
            location,
            () -> {
              rows.remove(self[0]);
              locationRows.remove(self[0]);
              placeAgain.run();
            });
    rows.add(self[0]);
    locationRows.add(self[0]);
    placeAgain.run();
  }

  /** Row j's fields are at {@code locations[j]}: placed again whenever a row comes or goes. */
  private void placeFields(FieldProblems problems, String path) {
    problems.forgetPlaces();
    problems.place(path + ".slug", slug);
    problems.place(path + ".name", name);
    problems.place(path + ".lunchWindow", rushFrom);
    problems.place(path + ".lunchWindow.to", rushTo);
    for (int j = 0; j < rows.size(); j++) {
      rows.get(j).placeFields(problems, path + ".locations[" + j + "]");
    }
  }
}
