package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An order confirmation held back by the lunch window stays in the outbox through a restart of the
 * server, and once the window is over reaches the person's inbox and mailbox once, under the
 * delivery's Message-ID. (Run after every other integration test: see the failsafe executions.)
 */
class OutboxRestartIT {

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

  @Test
  void a_confirmation_held_over_lunch_survives_a_restart_and_arrives_once() throws Exception {
    LocalTime now = LocalTime.now(RushTenant.ZONE);
    RushTenant hospital =
        RushTenant.register("mail", 60, earlier(now).format(HOUR), later(now).format(HOUR));
    long dish = hospital.offerDish("Fish pie", 10);
    String nurse = "mere@" + hospital.slug;
    String mailbox = "mere@" + hospital.slug + ".example";
    hospital.addPersonWithDemoPassword(nurse, "Mere Tane", mailbox, "STAFF");
    HttpResponse<String> placed =
        hospital.checkout(
            ServerSide.tokenFor(nurse, hospital.id, hospital.slug, "STAFF"),
            UUID.randomUUID().toString(),
            hospital.order(dish, 2));
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);

    runDrain();
    restartServer();
    runDrain();
    assertThat(undispatched(hospital)).as("held over lunch, kept through the restart").isEqualTo(1);
    assertThat(confirmationsInInbox(nurse)).isZero();

    hospital.moveLunchWindow("00:00", "00:01");
    runDrain();
    runDrain();

    assertThat(undispatched(hospital)).isZero();
    assertThat(confirmationsInInbox(nurse)).isEqualTo(1);
    List<Message> mail = mailOf(mailbox);
    assertThat(mail).hasSize(1);
    assertThat(mail.get(0).getSubject()).startsWith("Your Lunch on");
    assertThat(mail.get(0).getHeader("Message-ID")[0]).matches("<delivery-\\d+@trayflow>");
    assertThat(((String) mail.get(0).getContent())).contains("2 × Fish pie").contains("Ward 1");
    String metrics = TrayflowServer.metrics().body();
    assertThat(metrics)
        .containsPattern("trayflow_notifications_delivered_total\\{channel=\"email\".*\\} [1-9]");
  }

  private static LocalTime earlier(LocalTime now) {
    return now.isBefore(LocalTime.of(1, 0)) ? LocalTime.MIDNIGHT : now.minusHours(1);
  }

  private static LocalTime later(LocalTime now) {
    return now.isAfter(LocalTime.of(22, 58)) ? LocalTime.of(23, 59) : now.plusHours(1);
  }

  private static void runDrain() throws Exception {
    Jobs.runToEnd("notification-drain");
  }

  private static void restartServer() throws IOException, InterruptedException {
    Path script = Path.of(System.getProperty("trayflow.it.wlp-home"), "bin", "server");
    String name = System.getProperty("trayflow.it.server-name");
    assertThat(new ProcessBuilder(script.toString(), "stop", name).inheritIO().start().waitFor())
        .isZero();
    assertThat(new ProcessBuilder(script.toString(), "start", name).inheritIO().start().waitFor())
        .isZero();
    await("the server back, ready")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .ignoreException(IOException.class) // the port is not open yet
        .until(() -> TrayflowServer.get("/health/ready").statusCode() == 200);
  }

  private static long undispatched(RushTenant hospital) throws Exception {
    return ServerSide.queryLong(
        "select count(*) from outbox_message where tenant_id = ? and kind = 'order-confirmed'"
            + " and dispatched_at is null",
        hospital.id);
  }

  /** The menu's publication reaches the inbox too; only order confirmations are counted. */
  private static long confirmationsInInbox(String person) throws Exception {
    return ServerSide.queryLong(
        "select count(*) from inbox_item where recipient = ? and subject like 'Your Lunch%'",
        person);
  }

  private static List<Message> mailOf(String address) throws Exception {
    Properties settings = new Properties();
    settings.put("mail.imap.host", "127.0.0.1");
    settings.put("mail.imap.port", String.valueOf(ServerSide.imapPort()));
    Store store = Session.getInstance(settings).getStore("imap");
    store.connect(address, address);
    Folder inbox = store.getFolder("INBOX");
    inbox.open(Folder.READ_ONLY);
    List<Message> messages = new ArrayList<>();
    for (Message message : inbox.getMessages()) {
      messages.add(
          new jakarta.mail.internet.MimeMessage((jakarta.mail.internet.MimeMessage) message));
    }
    inbox.close(false);
    store.close();
    return messages;
  }
}
