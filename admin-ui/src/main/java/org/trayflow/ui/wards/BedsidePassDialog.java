package org.trayflow.ui.wards;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Map;
import org.trayflow.identity.SignedInUser;
import org.trayflow.patients.BedsidePass;
import org.trayflow.patients.BedsidePasses;
import org.trayflow.patients.Patient;
import org.trayflow.ui.Times;
import org.trayflow.ui.signin.CurrentUser;

/**
 * The ward hands a patient (or a relative on their behalf) a sign-in for this admission: a short
 * code and its QR code, shown once, to write on a card or scan with the patient's own phone. The
 * passes issued so far are listed, each with a button that ends it at once; discharge ends them
 * all.
 */
class BedsidePassDialog extends Dialog {

  private final BedsidePasses passes;
  private final Patient patient;
  private final String by;
  private final Div issued = new Div();
  private final Div list = new Div();

  BedsidePassDialog(BedsidePasses passes, Patient patient, String by) {
    this.passes = passes;
    this.patient = patient;
    this.by = by;
    setId("bedside-pass-dialog");
    setHeaderTitle(getTranslation("passes.title", patient.displayName(), patient.bed()));
    Paragraph what = new Paragraph(getTranslation("passes.what"));
    TextField holder = new TextField(getTranslation("passes.for"));
    holder.setId("bedside-holder");
    holder.setPlaceholder(getTranslation("passes.for.placeholder"));
    holder.setHelperText(getTranslation("passes.for.help"));
    holder.setMaxLength(120);
    holder.setWidthFull();
    Button issue =
        new Button(
            getTranslation("passes.issue"),
            click -> {
              show(passes.issue(patient.id(), holder.getValue(), by));
              holder.clear();
              refresh();
            });
    issue.setId("issue-bedside-pass");
    issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    issued.setId("bedside-issued");
    list.setId("bedside-passes");
    add(what, holder, issue, issued, new H3(getTranslation("passes.ofThisAdmission")), list);
    getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    setWidth("min(40em, 100vw)");
    refresh();
  }

  private void show(BedsidePasses.Issued pass) {
    issued.removeAll();
    String printed = BedsidePasses.printed(pass.code());
    Span code = new Span(printed);
    code.setId("bedside-code");
    code.getStyle()
        .set("font-size", "var(--lumo-font-size-xxxl)")
        .set("font-weight", "700")
        .set("letter-spacing", "0.1em")
        .set("font-family", "monospace");
    Svg qr = new Svg(qr(address(pass.code())));
    qr.getElement().getStyle().set("width", "12em").set("height", "12em").set("display", "block");
    qr.getElement().setAttribute("role", "img");
    qr.getElement().setAttribute("aria-label", getTranslation("passes.qr", printed));
    issued.add(
        new Paragraph(getTranslation("passes.issued", pass.pass().holder(), address(""))),
        code,
        qr);
  }

  private void refresh() {
    list.removeAll();
    for (BedsidePass pass : passes.of(patient.id())) {
      Div line = new Div();
      line.addClassName("bedside-pass");
      line.add(
          new Span(
              getTranslation(
                  "passes.line",
                  pass.holder(),
                  pass.issuedBy(),
                  Times.dayTime().format(pass.issuedAt().atZone(Times.zoneOf(currentUser()))),
                  pass.whyEnded().orElse(getTranslation("passes.open")))));
      if (pass.open()) {
        Button end =
            new Button(
                getTranslation("passes.end"),
                click -> {
                  passes.end(pass.id(), by);
                  refresh();
                });
        end.addClassName("end-bedside-pass");
        end.setAriaLabel(getTranslation("passes.end.named", pass.holder()));
        end.addThemeVariants(
            ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        line.add(end);
      }
      list.add(line);
    }
    if (list.getComponentCount() == 0) {
      list.add(new Paragraph(getTranslation("passes.none")));
    }
  }

  private static SignedInUser currentUser() {
    return CurrentUser.get().orElseThrow();
  }

  /** Where the bedside page is, as this ward reached Trayflow; with the code for the QR code. */
  private static String address(String code) {
    StringBuffer url = VaadinServletRequest.getCurrent().getRequestURL();
    String base = url.substring(0, url.indexOf("/", url.indexOf("//") + 2));
    String context = VaadinServletRequest.getCurrent().getContextPath();
    return base + context + "/bedside" + (code.isEmpty() ? "" : "?code=" + code);
  }

  /** The QR code as SVG: one square per dark module, on white, with the quiet zone. */
  private static String qr(String content) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  content,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
      int size = matrix.getWidth();
      StringBuilder svg =
          new StringBuilder(
              "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                  + size
                  + " "
                  + size
                  + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
                  + " fill=\"#fff\"/><path fill=\"#000\" d=\"");
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          if (matrix.get(x, y)) {
            svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
          }
        }
      }
      return svg.append("\"/></svg>").toString();
    } catch (WriterException e) {
      throw new IllegalStateException("a URL always fits a QR code", e);
    }
  }
}
