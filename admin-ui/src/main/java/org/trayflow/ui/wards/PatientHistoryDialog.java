package org.trayflow.ui.wards;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.trayflow.patients.Patient;
import org.trayflow.patients.PatientChange;
import org.trayflow.patients.PatientHistory;
import org.trayflow.ui.Times;

/**
 * A patient's history: every change of diet, allergies, texture and holds, where it came from, what
 * it loosened.
 */
class PatientHistoryDialog extends Dialog {

  private static final DateTimeFormatter WHEN = Times.DAY_TIME;

  PatientHistoryDialog(PatientHistory history, Patient patient, ZoneId zone) {
    setHeaderTitle("History of " + patient.displayName() + ", bed " + patient.bed());
    setWidth("min(60rem, 95vw)");
    Grid<PatientChange> changes = new Grid<>();
    changes.setId("patient-history");
    changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    changes
        .addColumn(change -> WHEN.format(change.at().atZone(zone)))
        .setHeader("When")
        .setAutoWidth(true)
        .setFlexGrow(0);
    changes
        .addComponentColumn(
            change -> {
              Span what = new Span(change.summary());
              change
                  .loosens()
                  .ifPresent(
                      loosens -> {
                        what.setText(
                            change.summary()
                                + " — loosens: "
                                + loosens
                                + change
                                    .seenBy()
                                    .map(by -> " (seen by " + by + ")")
                                    .orElse(" (not looked at yet)"));
                        what.getStyle().set("color", "var(--lumo-error-text-color)");
                      });
              return what;
            })
        .setHeader("Change")
        .setFlexGrow(3);
    changes.addColumn(PatientChange::source).setHeader("From").setFlexGrow(2);
    changes.setItems(history.of(patient.id()));
    changes.setAllRowsVisible(true);
    add(changes);
    Button close = new Button("Close", click -> close());
    close.setId("close-history");
    getFooter().add(close);
  }
}
