package org.trayflow.ui.notifications;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.List;
import org.trayflow.identity.SignedInUser;
import org.trayflow.notifications.Inbox;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;
import org.trayflow.ui.signin.CurrentUser;

/**
 * The person's messages from Trayflow, newest first; what was unread is marked, and counts as read
 * once shown.
 */
@Route(value = "inbox", layout = MainLayout.class)
@ScreenTitle("nav.inbox")
@RolesAllowed({"STAFF", "WARD_STAFF", "KITCHEN_MANAGER", "TENANT_ADMIN"})
@Dependent
public class InboxView extends VerticalLayout implements TitledScreen {

  @Inject
  public InboxView(Inbox inbox) {
    SignedInUser user = CurrentUser.get().orElseThrow();
    setMaxWidth("42em");
    Div items = new Div();
    items.setId("inbox-items");
    items.setWidthFull();
    List<Inbox.Item> newest = inbox.newest(user.username(), 50);
    if (newest.isEmpty()) {
      items.add(new Paragraph(getTranslation("inbox.none")));
    }
    newest.forEach(item -> items.add(item(item, user)));
    add(new H2(getTranslation("nav.inbox")), items);
    inbox.readAll(user.username());
  }

  private static Div item(Inbox.Item item, SignedInUser user) {
    Div shown = new Div();
    shown.addClassName(item.read() ? "inbox-item" : "inbox-item-unread");
    shown
        .getStyle()
        .set(
            "border-left",
            item.read() ? "3px solid transparent" : "3px solid var(--lumo-primary-color)")
        .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
        .set("margin-bottom", "var(--lumo-space-s)");
    Span subject = new Span(item.subject());
    subject.getStyle().set("font-weight", item.read() ? "400" : "600").set("display", "block");
    Span when =
        new Span(
            item.receivedAt()
                .atZone(user.timeZone().orElse(ZoneOffset.UTC))
                .format(Times.dayTime()));
    when.getStyle()
        .set("font-size", "var(--lumo-font-size-s)")
        .set("color", "var(--lumo-secondary-text-color)");
    Paragraph body = new Paragraph(item.body());
    body.getStyle().set("margin", "0");
    shown.add(subject, body, when);
    return shown;
  }
}
