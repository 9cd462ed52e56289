package org.trayflow.ui.wards;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import org.trayflow.patients.Patient;
import org.trayflow.patients.PatientChange;
import org.trayflow.patients.PatientHistory;
import org.trayflow.ui.Times;

/**
 * A patient's history: every change of diet, allergies, texture and holds, where it came from, what
 * it loosened.
 */
class PatientHistoryDialog extends Dialog {

  PatientHistoryDialog(PatientHistory history, Patient patient, ZoneId zone) {
    setHeaderTitle(getTranslation("history.title", patient.displayName(), patient.bed()));
    setWidth("min(60rem, 95vw)");
    Grid<PatientChange> changes = new Grid<>();
    changes.setId("patient-history");
    changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    changes
        .addColumn(change -> Times.dayTime().format(change.at().atZone(zone)))
        .setHeader(getTranslation("history.when"))
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
                            getTranslation(
                                "history.loosens",
                                change.summary(),
                                loosens,
                                change
                                    .seenBy()
                                    .map(by -> getTranslation("history.seenBy", by))
                                    .orElse(getTranslation("history.notSeen"))));
                        what.getStyle().set("color", "var(--lumo-error-text-color)");
                      });
              return what;
            })
        .setHeader(getTranslation("history.change"))
        .setFlexGrow(3);
    changes
        .addColumn(PatientChange::source)
        .setHeader(getTranslation("history.from"))
        .setFlexGrow(2);
    changes.setItems(history.of(patient.id()));
    changes.setAllRowsVisible(true);
    add(changes);
    Button close = new Button(getTranslation("action.close"), click -> close());
    close.setId("close-history");
    getFooter().add(close);
  }
}
