package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.trayflow.tenancy.DiffLine;

/**
 * A configuration diff as people read one: removed lines red with a minus, added ones green with a
 * plus.
 */
final class DiffView extends Div {

  DiffView(List<DiffLine> lines) {
    getStyle()
        .set("font-family", "monospace")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("white-space", "pre-wrap")
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("padding", "var(--lumo-space-s)")
        .set("overflow-x", "auto");
    addClassName("diff");
    if (lines.isEmpty()) {
      add(new Div(words("configuration.noLineChanges")));
    }
    for (DiffLine line : lines) {
      Div shown =
          new Div(
              switch (line.kind()) {
                case ADDED -> "+ " + line.text();
                case REMOVED -> "- " + line.text();
                case KEPT -> "  " + line.text();
                case SKIPPED -> line.text();
              });
      shown.addClassName("diff-" + line.kind().name().toLowerCase(java.util.Locale.ROOT));
      switch (line.kind()) {
        case ADDED ->
            shown
                .getStyle()
                .set("background", "var(--lumo-success-color-10pct)")
                .set("color", "var(--lumo-success-text-color)");
        case REMOVED ->
            shown
                .getStyle()
                .set("background", "var(--lumo-error-color-10pct)")
                .set("color", "var(--lumo-error-text-color)");
        case SKIPPED ->
            shown
                .getStyle()
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-style", "italic");
        case KEPT -> {}
      }
      add(shown);
    }
  }
}
