package org.trayflow.ui.signin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** What a person sees on opening a view their roles do not cover. */
@PermitAll
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<NotAllowed> {

  public NotAllowedView() {
    add(
        new H2(getTranslation("notAllowed.title")),
        new Paragraph(getTranslation("notAllowed.why")),
        new Anchor("", getTranslation("nav.back")));
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotAllowed> parameter) {
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
