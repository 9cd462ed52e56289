package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.counted;
import static org.trayflow.ui.Translations.words;

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
import org.trayflow.identity.SignedInUser;
import org.trayflow.identity.StaffList;
import org.trayflow.identity.StaffRow;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.ui.FailureWords;

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
  private final Button importAll = new Button(words("import.everyone"));
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
    upload.setDropLabel(new com.vaadin.flow.component.html.Span(words("import.drop")));
    rows.setId("staff-list-rows");
    rows.addColumn(StaffRow::line)
        .setHeader(words("import.line"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    rows.addColumn(StaffRow::username).setHeader(words("people.username")).setAutoWidth(true);
    rows.addColumn(StaffRow::displayName).setHeader(words("admin.name")).setAutoWidth(true);
    rows.addColumn(
            row ->
                row.roles().stream().sorted().map(RoleWords::of).collect(Collectors.joining(", ")))
        .setHeader(words("people.roles"))
        .setAutoWidth(true);
    rows.addColumn(row -> row.good() ? words("import.ready") : String.join("; ", row.problems()))
        .setHeader(words("import.problems"))
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
        new H3(words("import.title")),
        new Paragraph(words("import.what", PeopleImport.HEADER)),
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
              ? words(good == 1 ? "import.oneReady" : "import.allReady", good)
              : words("import.someBad", bad, list.rows().size(), good));
      importAll.setVisible(bad == 0);
      importGood.setText(words("import.goodOnly", good));
      importGood.setVisible(bad > 0 && good > 0);
      importAll.getParent().ifPresent(parent -> parent.setVisible(true));
    } catch (ExpectedFailure unreadable) {
      verdict.setText(FailureWords.of(unreadable));
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
    progressText.setText(words("import.preparing", 0, count));
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
                                      progressText.setText(words("import.preparing", made, count));
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
      progressText.setText(words("import.refused", FailureWords.of(refused)));
      return;
    }
    if (cause != null) {
      progressText.setText(words("import.failed"));
      return;
    }
    progressText.setText(counted("import.imported", added.size()));
    rows.setVisible(false);
    importAll.getParent().ifPresent(parent -> parent.setVisible(false));
    verdict.setText("");
    imported.run();
    FirstPasswords.show(counted("import.importedTitle", added.size()), added);
  }

  private static ManagedExecutorService executor() {
    try {
      return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    } catch (NamingException notInLiberty) {
      throw new IllegalStateException("no managed executor", notInLiberty);
    }
  }
}
