package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.trayflow.identity.NewPerson;

/**
 * First passwords, shown once: one in large type to read out or copy, or a list with a file to
 * print and hand over. Each person chooses their own at their first sign-in.
 */
final class FirstPasswords {

  private FirstPasswords() {}

  static void show(String title, List<NewPerson> added) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(title);
    VerticalLayout content =
        new VerticalLayout(
            new Paragraph(
                added.size() == 1 ? words("firstPasswords.one") : words("firstPasswords.many")));
    if (added.size() == 1) {
      Span password = new Span(added.get(0).firstPassword());
      password.setId("first-password");
      password.getStyle().set("font-family", "monospace").set("font-size", "1.4em");
      content.add(password);
    } else {
      Grid<NewPerson> list = new Grid<>();
      list.setId("first-passwords");
      list.addColumn(p -> p.person().username())
          .setHeader(words("people.username"))
          .setAutoWidth(true);
      list.addColumn(NewPerson::firstPassword)
          .setHeader(words("firstPasswords.password"))
          .setAutoWidth(true);
      list.setItems(added);
      list.setAllRowsVisible(true);
      Anchor download =
          new Anchor(
              DownloadHandler.fromInputStream(event -> csv(added)),
              words("firstPasswords.download"));
      download.setId("download-first-passwords");
      content.add(list, download);
    }
    Button done = new Button(words("action.done"), click -> dialog.close());
    done.setId("close-first-password");
    dialog.add(content);
    dialog.getFooter().add(done);
    dialog.open();
  }

  private static DownloadResponse csv(List<NewPerson> added) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT.builder().setHeader("username", "name", "first password").get())) {
      for (NewPerson person : added) {
        printer.printRecord(
            person.person().username(), person.person().displayName(), person.firstPassword());
      }
    } catch (IOException toAStringBuilder) {
      throw new UncheckedIOException(toAStringBuilder);
    }
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    return new DownloadResponse(
        new ByteArrayInputStream(bytes), "first-passwords.csv", "text/csv", bytes.length);
  }
}
