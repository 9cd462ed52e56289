package org.trayflow.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trayflow.identity.PeopleToNotify;
import org.trayflow.it.TenantTransactions;
import org.trayflow.it.TrayflowWar;
import org.trayflow.ordering.CutOffReminders;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.NotificationKind;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * The drain inside the server, on St Mungo's (order confirmations deferred during Central's lunch
 * window, 11:30 to 13:00 in London), at moments the test chooses: deferral, a crash between sending
 * and marking, dead letters; and the cut-off reminders (lunch orders close at 11:00).
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsInLibertyIT {

  private static final Slug ST_MUNGOS = new Slug("st-mungos");

  @Deployment
  static WebArchive deployment() {
    return TrayflowWar.with(
        NotificationsInLibertyIT.class, TrayflowWar.class, TenantTransactions.class);
  }

  @Inject TenantDirectory directory;
  @Inject TenantConfigurations configurations;
  @Inject Sites sites;
  @Inject Outbox outbox;
  @Inject Deliveries deliveries;
  @Inject NotificationDrain drain;
  @Inject DeadLetters deadLetters;
  @Inject CutOffReminders reminders;
  @Inject EntityManager em;

  private long tenant;
  private long central;
  private Instant atLunch;
  private Instant afterLunch;

  @BeforeEach
  void stMungosCentral() throws Exception {
    tenant = directory.findTenantId(ST_MUNGOS).orElseThrow();
    central =
        TenantScope.asTenant(tenant, ST_MUNGOS, () -> sites.findSiteId("central").orElseThrow());
    ZoneId london = ZoneId.of("Europe/London");
    LocalDate today = LocalDate.now(london);
    atLunch = today.atTime(LocalTime.of(12, 15)).atZone(london).toInstant();
    afterLunch = today.atTime(LocalTime.of(13, 5)).atZone(london).toInstant();
  }

  @Test
  void during_lunch_the_deferred_kinds_wait_and_the_others_go() throws Exception {
    String nurse = "deferral-" + UUID.randomUUID() + "@st-mungos";
    write(NotificationKind.ORDER_CONFIRMED, nurse);
    write(NotificationKind.CUT_OFF_REMINDER, nurse);

    drainAt(atLunch);
    List<String> duringLunch = inbox(nurse);
    drainAt(afterLunch);
    List<String> afterwards = inbox(nurse);

    assertEquals(1, duringLunch.size(), "during lunch: " + duringLunch);
    assertTrue(duringLunch.get(0).startsWith("Ordering for Lunch on"), duringLunch.get(0));
    assertEquals(2, afterwards.size(), "after lunch: " + afterwards);
    assertTrue(
        afterwards.stream().anyMatch(s -> s.startsWith("Your Lunch on")), afterwards.toString());
  }

  @Test
  void a_crash_between_sending_and_marking_sends_nothing_twice() throws Exception {
    String porter = person("crash", "crash-" + UUID.randomUUID() + "@st-mungos.example", "fr");
    write(NotificationKind.ORDER_CONFIRMED, porter);
    TenantTransactions.inTransactionAs(
        tenant, () -> deliveries.dispatch(Set.of(), Set.of(), afterLunch, 500));

    // sent, then the instance dies before its transaction marks anything: the marks are lost, the
    // inbox item too
    TenantTransactions.inTransactionAs(
        tenant,
        () -> {
          TenantConfiguration hospital = configurations.configuration().orElseThrow();
          for (Deliveries.Due due : deliveries.due(afterLunch, 500)) {
            if (due.recipient().equals(porter)) {
              deliveries.send(
                  hospital,
                  due,
                  new PeopleToNotify.Contact(porter, emailOf(porter), "fr"),
                  afterLunch);
            }
          }
          return null;
        });
    drainAt(afterLunch);
    drainAt(afterLunch.plus(Duration.ofHours(3)));

    assertEquals(1, inbox(porter).size());
    assertTrue(inbox(porter).get(0).startsWith("Votre Lunch du"), inbox(porter).toString());
    assertEquals(List.of("EMAIL SENT 1", "INBOX SENT 1"), deliveriesOf(porter));
  }

  @Test
  void an_address_that_keeps_failing_becomes_a_dead_letter_that_can_be_sent_again()
      throws Exception {
    String cook = person("dead", "cook@@st-mungos", "en");
    write(NotificationKind.ORDER_CONFIRMED, cook);

    for (int attempt = 0; attempt < Deliveries.MOST_ATTEMPTS + 1; attempt++) {
      drainAt(afterLunch.plus(Duration.ofHours(2L * attempt)));
    }
    assertEquals(
        List.of("EMAIL DEAD " + Deliveries.MOST_ATTEMPTS, "INBOX SENT 1"), deliveriesOf(cook));
    long dead =
        TenantScope.asTenant(tenant, ST_MUNGOS, () -> deadLetters.newest(100)).stream()
            .filter(letter -> letter.recipient().equals(cook))
            .findFirst()
            .orElseThrow()
            .id();

    TenantTransactions.inTransactionAs(
        tenant,
        () ->
            em.createNativeQuery(
                    "update user_account set email = 'cook@st-mungos.example' where username = ?1")
                .setParameter(1, cook)
                .executeUpdate());
    assertTrue(TenantScope.asTenant(tenant, ST_MUNGOS, () -> deadLetters.redrive(dead)));
    drainAt(Instant.now());

    assertEquals(List.of("EMAIL SENT 1", "INBOX SENT 1"), deliveriesOf(cook));
  }

  @Test
  void an_hour_before_ordering_closes_those_who_usually_order_and_have_not_are_reminded_once()
      throws Exception {
    ZoneId london = ZoneId.of("Europe/London");
    LocalDate day = LocalDate.now(london).plusDays(1);
    String forgetful = "forgetful-" + UUID.randomUUID() + "@st-mungos";
    String early = "early-" + UUID.randomUUID() + "@st-mungos";
    for (int back = 1; back <= 3; back++) {
      order(forgetful, day.minusDays(back));
      order(early, day.minusDays(back));
    }
    order(early, day);
    Instant halfAnHourBefore = day.atTime(LocalTime.of(10, 30)).atZone(london).toInstant();
    Instant twoHoursBefore = day.atTime(LocalTime.of(9, 0)).atZone(london).toInstant();

    TenantTransactions.inTransactionAs(
        tenant,
        () -> reminders.remind(configurations.configuration().orElseThrow(), twoHoursBefore));
    assertEquals(0, remindersFor(forgetful), "too early");
    for (int run = 0; run < 2; run++) {
      TenantTransactions.inTransactionAs(
          tenant,
          () -> reminders.remind(configurations.configuration().orElseThrow(), halfAnHourBefore));
    }

    assertEquals(1, remindersFor(forgetful));
    assertEquals(0, remindersFor(early));
  }

  private void order(String orderer, LocalDate day) throws Exception {
    TenantTransactions.inTransactionAs(
        tenant,
        () ->
            em.createNativeQuery(
                    "insert into orders (id, service_date,"
                        + " tenant_id, site_id, location_id, meal_period, menu_version, orderer, status, placed_at,"
                        + " idempotency_key) select nextval('orders_id_seq'), ?1, ?2, ?3, l.id, 'lunch', 1, ?4, 'PLACED', now(),"
                        + " gen_random_uuid()::text from location l where l.site_id = ?3 and l.slug = 'ward-7'")
                .setParameter(1, day)
                .setParameter(2, tenant)
                .setParameter(3, central)
                .setParameter(4, orderer)
                .executeUpdate());
  }

  private long remindersFor(String person) throws Exception {
    return TenantTransactions.inTransactionAs(
        tenant,
        () ->
            ((Number)
                    em.createNativeQuery(
                            "select count(*)"
                                + " from outbox_message where kind = 'cut-off-reminder' and payload ->> 'recipient' = ?1")
                        .setParameter(1, person)
                        .getSingleResult())
                .longValue());
  }

  private void write(NotificationKind kind, String person) throws Exception {
    TenantTransactions.inTransactionAs(
        tenant,
        () -> {
          outbox.add(
              kind,
              central,
              Json.createObjectBuilder()
                  .add("orderId", 1)
                  .add("orderer", person)
                  .add("recipient", person)
                  .add("site", "central")
                  .add("location", "ward-7")
                  .add("serviceDate", LocalDate.now().plusDays(1).toString())
                  .add("mealPeriod", "lunch")
                  .add("status", "placed")
                  .add("closesAt", "11:00")
                  .add(
                      "lines",
                      Json.createArrayBuilder()
                          .add(
                              Json.createObjectBuilder()
                                  .add("item", 1)
                                  .add("name", "Fish pie")
                                  .add("quantity", 2)))
                  .build(),
              Instant.now());
          return null;
        });
  }

  private void drainAt(Instant moment) {
    TenantScope.asTenant(tenant, ST_MUNGOS, () -> drain.drain(moment, 10_000));
  }

  private String person(String name, String email, String language) throws Exception {
    String username = name + "-" + UUID.randomUUID() + "@st-mungos";
    TenantTransactions.inTransactionAs(
        tenant,
        () ->
            em.createNativeQuery(
                    "insert into user_account (tenant_id,"
                        + " username, display_name, password_hash, email, language) values (?1, ?2, ?3, 'not-a-hash', ?4, ?5)")
                .setParameter(1, tenant)
                .setParameter(2, username)
                .setParameter(3, name)
                .setParameter(4, email)
                .setParameter(5, language)
                .executeUpdate());
    return username;
  }

  private Optional<String> emailOf(String username) {
    return Optional.ofNullable(
        (String)
            em.createNativeQuery("select email from user_account where username = ?1")
                .setParameter(1, username)
                .getSingleResult());
  }

  @SuppressWarnings("unchecked")
  private List<String> inbox(String person) throws Exception {
    return TenantTransactions.inTransactionAs(
        tenant,
        () ->
            em.createNativeQuery(
                    "select subject from inbox_item where recipient = ?1 order by delivery_id")
                .setParameter(1, person)
                .getResultList());
  }

  private List<String> deliveriesOf(String person) throws Exception {
    return TenantTransactions.inTransactionAs(
        tenant,
        () ->
            NativeRows.of(
                    NativeRows.select(
                            em,
                            "select channel, status, attempts from notification_delivery where recipient = ?1"
                                + " order by channel")
                        .setParameter(1, person))
                .map(
                    row ->
                        row.text("channel")
                            + " "
                            + row.text("status")
                            + " "
                            + row.count("attempts"))
                .toList());
  }
}
