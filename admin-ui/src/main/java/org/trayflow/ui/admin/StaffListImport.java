package org.trayflow.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.trayflow.identity.NewPerson;
import org.trayflow.identity.PeopleImport;
import org.trayflow.identity.Role;
import org.trayflow.identity.SignedInUser;
import org.trayflow.identity.StaffList;
import org.trayflow.identity.StaffRow;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.Slug;

/**
 * A staff list from the hospital's spreadsheet: uploaded, shown row by row with each row's
 * problems, then imported whole, or its good rows only when the administrator chooses so. The
 * import makes a first password per person (a quarter of a second each), so it runs in the
 * background with its progress shown.
 */
final class StaffListImport extends VerticalLayout {

  private final PeopleImport staffLists;
  private final SignedInUser admin;
  private final Runnable imported;
  private final Grid<StaffRow> rows = new Grid<>();
  private final Paragraph verdict = new Paragraph();
  private final Button importAll = new Button("Import everyone");
  private final Button importGood = new Button();
  private final ProgressBar progress = new ProgressBar();
  private final Paragraph progressText = new Paragraph();
  private String file = "";

  StaffListImport(PeopleImport staffLists, SignedInUser admin, Runnable imported) {
    this.staffLists = staffLists;
    this.admin = admin;
    this.imported = imported;
    setPadding(false);
    Upload upload = new Upload();
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) ->
                upload
                    .getUI()
                    .ifPresent(
                        ui ->
                            ui.access(
                                () -> {
                                  upload.clearFileList(); // a corrected list can be dropped next,
                                  // without removing this one first
                                  preview(new String(bytes, StandardCharsets.UTF_8));
                                }))));
    upload.setId("staff-list-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(1_000_000);
    upload.setAcceptedFileTypes(".csv", "text/csv");
    upload.setDropLabel(new com.vaadin.flow.component.html.Span("Drop a staff list here (CSV)"));
    rows.setId("staff-list-rows");
    rows.addColumn(StaffRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
    rows.addColumn(StaffRow::username).setHeader("User name").setAutoWidth(true);
    rows.addColumn(StaffRow::displayName).setHeader("Name").setAutoWidth(true);
    rows.addColumn(
            row ->
                row.roles().stream().sorted().map(Role::inWords).collect(Collectors.joining(", ")))
        .setHeader("Roles")
        .setAutoWidth(true);
    rows.addColumn(row -> row.good() ? "Ready" : String.join("; ", row.problems()))
        .setHeader("Problems")
        .setFlexGrow(1);
    rows.setPartNameGenerator(row -> row.good() ? null : "problem");
    rows.setAllRowsVisible(true);
    rows.setVisible(false);
    verdict.setId("staff-list-verdict");
    importAll.setId("import-everyone");
    importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    importAll.addClickListener(click -> startImport(false));
    importGood.setId("import-good-rows");
    importGood.addClickListener(click -> startImport(true));
    progress.setId("import-progress");
    progress.setVisible(false);
    progressText.setId("import-progress-text");
    HorizontalLayout buttons = new HorizontalLayout(importAll, importGood);
    buttons.setVisible(false);
    importAll.setVisible(false);
    importGood.setVisible(false);
    add(
        new H3("Import a staff list"),
        new Paragraph(
            "A CSV file whose first line names its columns: "
                + PeopleImport.HEADER
                + ". Roles are separated by semicolons (Ward staff; Dietitian). Nothing is imported"
                + " before you have seen every row."),
        upload,
        verdict,
        rows,
        buttons,
        progress,
        progressText);
  }

  private void preview(String csv) {
    file = csv;
    progressText.setText("");
    try {
      StaffList list = staffLists.read(csv);
      rows.setItems(list.rows());
      rows.setVisible(true);
      int bad = list.badRows().size();
      int good = list.goodRows().size();
      verdict.setText(
          bad == 0
              ? (good == 1
                  ? "The one person in it is ready to import."
                  : "All " + good + " people are ready to import.")
              : bad
                  + " of "
                  + list.rows().size()
                  + " rows have problems (below). Correct the file and upload it again,"
                  + " or import the "
                  + good
                  + " good rows only.");
      importAll.setVisible(bad == 0);
      importGood.setText("Import the " + good + " good rows only");
      importGood.setVisible(bad > 0 && good > 0);
      importAll.getParent().ifPresent(parent -> parent.setVisible(true));
    } catch (ExpectedFailure unreadable) {
      verdict.setText(unreadable.getMessage());
      rows.setVisible(false);
      importAll.setVisible(false);
      importGood.setVisible(false);
    }
  }

  private void startImport(boolean goodRowsOnly) {
    UI ui = UI.getCurrent();
    long tenant = admin.tenantId().orElseThrow();
    Slug hospital = new Slug(admin.tenantSlug().orElseThrow());
    String csv = file;
    StaffList list = staffLists.read(csv);
    int count = goodRowsOnly ? list.goodRows().size() : list.rows().size();
    importAll.setEnabled(false);
    importGood.setEnabled(false);
    progress.setVisible(true);
    progress.setValue(0);
    progressText.setText("Preparing first passwords: 0 of " + count);
    ui.setPollInterval(500);
    CompletableFuture.supplyAsync(
            () ->
                TenantScope.asTenant(
                    tenant,
                    hospital,
                    () ->
                        staffLists.importList(
                            csv,
                            goodRowsOnly,
                            admin.username(),
                            made ->
                                ui.access(
                                    () -> {
                                      progress.setValue((double) made / count);
                                      progressText.setText(
                                          "Preparing first passwords: " + made + " of " + count);
                                    }))),
            executor())
        // the list is shown afresh in the hospital's scope, whichever thread runs the command
        .whenComplete(
            (added, failure) ->
                ui.access(
                    () ->
                        TenantScope.asTenant(
                            tenant,
                            hospital,
                            () -> {
                              finished(ui, added, failure);
                              return null;
                            })));
  }

  private void finished(UI ui, List<NewPerson> added, Throwable failure) {
    ui.setPollInterval(-1);
    progress.setVisible(false);
    importAll.setEnabled(true);
    importGood.setEnabled(true);
    Throwable cause =
        failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
    if (cause instanceof ExpectedFailure refused) {
      progressText.setText("Nobody was imported: " + refused.getMessage());
      return;
    }
    if (cause != null) {
      progressText.setText(
          "Nobody was imported: the import failed unexpectedly. Try again; if it fails again,"
              + " tell Trayflow's support.");
      return;
    }
    progressText.setText(added.size() + " people imported.");
    rows.setVisible(false);
    importAll.getParent().ifPresent(parent -> parent.setVisible(false));
    verdict.setText("");
    imported.run();
    FirstPasswords.show(added.size() + " people imported", added);
  }

  private static ManagedExecutorService executor() {
    try {
      return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    } catch (NamingException notInLiberty) {
      throw new IllegalStateException("no managed executor", notInLiberty);
    }
  }
}
