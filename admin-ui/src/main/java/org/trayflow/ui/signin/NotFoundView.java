package org.trayflow.ui.signin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that is no page of Trayflow's (a mistyped link, an old bookmark): said as such, not as
 * a refusal, with the way back. Only signed-in people see it; others are asked to sign in first, so
 * that it tells strangers nothing.
 */
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

  public NotFoundView() {
    setId("not-found");
    add(
        new H2(getTranslation("notFound.title")),
        new Paragraph(getTranslation("notFound.why")),
        new Anchor("", getTranslation("nav.back")));
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
