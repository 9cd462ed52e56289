package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The record feed proves who is speaking: MLLP over real TLS sockets, where only an interface
 * engine's registered, valid client certificate may change its own hospital's patients, poison is
 * rejected once and kept, and one sender's flood leaves the other hospitals' feeds working. Every
 * outcome is checked in PostgreSQL.
 */
class RecordFeedSecurityIT {

  private static RushTenant hospitalA;
  private static RushTenant hospitalB;
  private static HospitalRecord recordA;
  private static HospitalRecord recordB;

  @BeforeAll
  static void hospitals() throws Exception {
    hospitalA = RushTenant.register("feed-a", 600);
    hospitalB = RushTenant.register("feed-b", 600);
    recordA = new HospitalRecord(hospitalA);
    recordB = new HospitalRecord(hospitalB);
  }

  private static String mrn() {
    return "F" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String admission(HospitalRecord record, String mrn) throws IOException {
    return record.hl7("adt-a01-admit.hl7", Map.of("MRN", mrn, "BED", "2"));
  }

  private static long patients(RushTenant hospital, String mrn) throws Exception {
    return ServerSide.queryLong(
        "select count(*) from patient where tenant_id = ? and mrn = ?", hospital.id, mrn);
  }

  private static long kept(String mrn) throws Exception {
    return ServerSide.queryLong(
        "select count(*) from inbound_message where body like ?", "%" + mrn + "%");
  }

  @Test
  void a_hospitals_engine_admits_its_own_patients_and_cannot_touch_another_hospitals()
      throws Exception {
    String own = mrn();
    assertThat(HospitalRecord.acknowledgement(recordA.send(admission(recordA, own))))
        .isEqualTo("AA");
    assertThat(patients(hospitalA, own)).isEqualTo(1);

    String intruding = mrn();
    String toB = admission(recordB, intruding);
    String ackToB = recordA.send(toB);
    String ackToNowhere =
        recordA.send(admission(recordB, mrn()).replace(hospitalB.slug, "no-such-hospital"));
    assertThat(HospitalRecord.acknowledgement(ackToB)).isEqualTo("AR");
    assertThat(patients(hospitalB, intruding)).as("B's patients untouched").isZero();
    assertThat(patients(hospitalA, intruding)).as("nor admitted to A instead").isZero();
    assertThat(reason(ackToB))
        .as("another hospital and no hospital are refused alike")
        .isEqualTo(reason(ackToNowhere))
        .doesNotContain(hospitalB.slug);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from inbound_message where tenant_id = ? and body like ?",
                hospitalA.id,
                "%" + intruding + "%"))
        .as("kept under the sender's own hospital")
        .isEqualTo(1);
  }

  @Test
  void no_certificate_an_unregistered_or_expired_one_or_plain_mllp_is_refused_and_nothing_applied()
      throws Exception {
    String mrn = mrn();
    String message = admission(recordA, mrn);

    InterfaceEngine stranger =
        InterfaceEngine.unregistered(
            hospitalA.slug,
            "STRANGER",
            Instant.now().minusSeconds(60),
            Instant.now().plus(Duration.ofDays(1)));
    assertThatThrownBy(() -> stranger.send(message))
        .as("a certificate nobody registered")
        .isInstanceOf(IOException.class);

    InterfaceEngine expired =
        InterfaceEngine.unregistered(
            hospitalA.slug,
            "EXPIRED-PAS",
            Instant.now().minus(Duration.ofDays(30)),
            Instant.now().minus(Duration.ofDays(1)));
    expired.register();
    assertThatThrownBy(() -> expired.send(message))
        .as("a registered certificate that has expired")
        .isInstanceOf(IOException.class);

    assertThatThrownBy(() -> sendWithoutCertificate(message))
        .as("TLS without a client certificate")
        .isInstanceOf(IOException.class);

    try (Socket plain = new Socket("127.0.0.1", ServerSide.hl7Port())) {
      plain.setSoTimeout(10_000);
      assertThatThrownBy(
              () -> InterfaceEngine.exchange(plain, message.getBytes(StandardCharsets.UTF_8)))
          .as("plain MLLP on the TLS port gets no ACK")
          .isInstanceOf(IOException.class);
    }
    assertThat(patients(hospitalA, mrn)).isZero();
    assertThat(kept(mrn)).as("not even kept: nobody proved who sent it").isZero();
  }

  private static void sendWithoutCertificate(String message) throws Exception {
    TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("listener", InterfaceEngine.listenerCertificate());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    try (SSLSocket socket =
        (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", ServerSide.hl7Port())) {
      socket.setSoTimeout(10_000);
      socket.startHandshake();
      InterfaceEngine.exchange(socket, message.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void certificates_are_rotated_and_withdrawn_without_a_restart() throws Exception {
    RushTenant hospital = RushTenant.register("feed-rotate", 600);
    InterfaceEngine old = InterfaceEngine.registered(hospital.slug, "TEST-PAS");
    HospitalRecord record = new HospitalRecord(hospital);
    InterfaceEngine renewed =
        InterfaceEngine.unregistered(
            hospital.slug,
            "TEST-PAS",
            Instant.now().minusSeconds(60),
            Instant.now().plus(Duration.ofDays(365)));
    old.register();
    renewed.registerBeside(old);
    assertThat(
            HospitalRecord.acknowledgement(
                old.send(record.hl7("adt-a01-admit.hl7", Map.of("MRN", mrn(), "BED", "1")))))
        .as("the old certificate during the overlap")
        .isEqualTo("AA");
    assertThat(
            HospitalRecord.acknowledgement(
                renewed.send(record.hl7("adt-a01-admit.hl7", Map.of("MRN", mrn(), "BED", "2")))))
        .as("the new one during the overlap")
        .isEqualTo("AA");

    try (SSLSocket open = old.connect()) {
      renewed.register(); // the overlap ends: only the new certificate is registered
      await("a new connection with the old certificate is refused")
          .atMost(Duration.ofSeconds(10))
          .until(old::refusedAtTheDoor);
      String mrn = mrn();
      assertThatThrownBy(
              () ->
                  InterfaceEngine.exchange(
                      open,
                      record
                          .hl7("adt-a01-admit.hl7", Map.of("MRN", mrn, "BED", "3"))
                          .getBytes(StandardCharsets.UTF_8)))
          .as("the connection opened with it is cut off")
          .isInstanceOf(IOException.class);
      assertThat(patients(hospital, mrn))
          .as("the open connection was cut off before applying")
          .isZero();
    }
    assertThat(
            HospitalRecord.acknowledgement(
                renewed.send(record.hl7("adt-a01-admit.hl7", Map.of("MRN", mrn(), "BED", "4")))))
        .isEqualTo("AA");
  }

  @Test
  void poison_is_rejected_once_and_kept_never_retried_forever_nor_stored_whole() throws Exception {
    String mrn = mrn();
    String withNul = admission(recordA, mrn).replace("DOE^JANE", "DOE\u0000^JANE");
    String first = recordA.send(withNul);
    assertThat(HospitalRecord.acknowledgement(first)).as(first).isEqualTo("AR");
    assertThat(HospitalRecord.acknowledgement(recordA.send(withNul)))
        .as("the same again")
        .isEqualTo("AR");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from inbound_message where tenant_id = ? and body like ?"
                    + " and acknowledgement = 'AR' and reason like '%NUL%'",
                hospitalA.id, "%" + mrn + "%"))
        .isEqualTo(1);

    byte[] noise = new byte[4096];
    new Random(15).nextBytes(noise);
    String noiseAck;
    try (Socket socket = InterfaceEngine.registered(hospitalA.slug, "TEST-EHR").connect()) {
      noiseAck = InterfaceEngine.exchange(socket, noise);
    }
    assertThat(HospitalRecord.acknowledgement(noiseAck)).as(noiseAck).isEqualTo("AR");

    String huge = mrn();
    String oversized = admission(recordA, huge).replace("DOE^JANE", "DOE^" + "J".repeat(1_500_000));
    String hugeAck = recordA.send(oversized);
    assertThat(HospitalRecord.acknowledgement(hugeAck)).as(hugeAck).isEqualTo("AR");
    assertThat(hugeAck).contains("over this feed's limit");
    assertThat(patients(hospitalA, huge)).isZero();
    assertThat(
            ServerSide.queryLong(
                "select max(length(body)) from inbound_message where tenant_id = ? and body"
                    + " like ?",
                hospitalA.id,
                "%" + huge + "%"))
        .as("kept cut, never whole")
        .isLessThan(70_000);

    String longControl =
        admission(recordA, mrn())
            .replaceFirst(
                "\\|ADT\\^A01\\^ADT_A01\\|[^|]+\\|", "|ADT^A01^ADT_A01|" + "C".repeat(300) + "|");
    assertThat(HospitalRecord.acknowledgement(recordA.send(longControl))).isEqualTo("AR");
  }

  @Test
  void a_control_id_is_judged_per_sender_so_another_engine_cannot_take_it_first() throws Exception {
    String control = "SAME" + UUID.randomUUID().toString().substring(0, 12);
    String mrn = mrn();
    String message =
        admission(recordA, mrn).replaceFirst("(\\|ADT\\^A01\\^ADT_A01\\|)[^|]+", "$1" + control);
    InterfaceEngine otherSystem = InterfaceEngine.registered(hospitalA.slug, "TEST-EHR");
    assertThat(HospitalRecord.acknowledgement(otherSystem.send(message)))
        .as("another engine posing as TEST-PAS")
        .isEqualTo("AR");
    assertThat(HospitalRecord.acknowledgement(recordA.send(message))).isEqualTo("AA");
    assertThat(patients(hospitalA, mrn))
        .as("TEST-PAS's own message was not dropped as a repeat")
        .isEqualTo(1);
  }

  @Test
  void one_senders_flood_and_slow_connections_leave_another_hospitals_feed_working()
      throws Exception {
    RushTenant flooder = RushTenant.register("feed-flood", 600);
    HospitalRecord flooding = new HospitalRecord(flooder);
    InterfaceEngine engine = InterfaceEngine.registered(flooder.slug, "TEST-PAS");
    List<SSLSocket> open = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        SSLSocket slow = engine.connect();
        OutputStream out = slow.getOutputStream();
        out.write(0x0B);
        out.write("MSH|^~\\&|PAS|TEST-PAS|".getBytes(StandardCharsets.UTF_8)); // and never the rest
        out.flush();
        open.add(slow);
      }
      SSLSocket oneTooMany = engine.connect();
      open.add(oneTooMany);
      assertThatThrownBy(
              () ->
                  InterfaceEngine.exchange(
                      oneTooMany,
                      flooding
                          .hl7("adt-a01-admit.hl7", Map.of("MRN", mrn(), "BED", "1"))
                          .getBytes(StandardCharsets.UTF_8)))
          .as("a fifth connection of the same sender is closed")
          .isInstanceOf(IOException.class);

      String mrn = mrn();
      Instant started = Instant.now();
      assertThat(HospitalRecord.acknowledgement(recordB.send(admission(recordB, mrn))))
          .isEqualTo("AA");
      assertThat(Duration.between(started, Instant.now()))
          .as("B answered while A floods")
          .isLessThan(Duration.ofSeconds(5));
      assertThat(patients(hospitalB, mrn)).isEqualTo(1);
    } finally {
      for (Socket socket : open) {
        socket.close();
      }
    }
  }

  @Test
  void a_plain_listener_speaks_only_for_the_sender_its_operator_named_and_only_on_this_machine()
      throws Exception {
    long stMungos = ServerSide.queryLong("select id from tenant where slug = 'st-mungos'");
    String mrn = mrn();
    String admission =
        "MSH|^~\\&|PAS|STMUNGOS-PAS|TRAYFLOW|st-mungos|"
            + HospitalRecord.hl7Time(Instant.now())
            + "||ADT^A01^ADT_A01|P"
            + mrn
            + "|P|2.5\rPID|1||"
            + mrn
            + "^^^STMUNGOS^MR||PLAIN^Pat\r"
            + "PV1|1|I|ward-12^^9^central";
    try (Socket plain = new Socket("127.0.0.1", ServerSide.plainHl7Port())) {
      plain.setSoTimeout(10_000);
      String ack = InterfaceEngine.exchange(plain, admission.getBytes(StandardCharsets.UTF_8));
      assertThat(HospitalRecord.acknowledgement(ack)).as(ack).isEqualTo("AA");
      String elsewhere =
          InterfaceEngine.exchange(
              plain,
              admission
                  .replace("|st-mungos|", "|riverside|")
                  .replace("|P" + mrn + "|", "|Q" + mrn + "|")
                  .replace(mrn + "^", mrn + "X^")
                  .getBytes(StandardCharsets.UTF_8));
      assertThat(HospitalRecord.acknowledgement(elsewhere))
          .as("another hospital, through St Mungo's tunnel")
          .isEqualTo("AR");
    }
    assertThat(
            ServerSide.queryLong(
                "select count(*) from patient where tenant_id = ? and mrn = ?", stMungos, mrn))
        .isEqualTo(1);
    assertThat(ServerSide.queryLong("select count(*) from patient where mrn = ?", mrn + "X"))
        .isZero();

    for (InetAddress address : thisMachinesOtherAddresses()) {
      assertThatThrownBy(() -> new Socket(address, ServerSide.plainHl7Port()).close())
          .as("the plain listener is not on " + address)
          .isInstanceOf(IOException.class);
    }
  }

  private static List<InetAddress> thisMachinesOtherAddresses() throws Exception {
    List<InetAddress> addresses = new ArrayList<>();
    for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : Collections.list(network.getInetAddresses())) {
        if (!address.isLoopbackAddress() && address instanceof Inet4Address) {
          addresses.add(address);
        }
      }
    }
    return addresses;
  }

  private static String reason(String ack) {
    for (String segment : ack.split("\r")) {
      if (segment.startsWith("ERR|")) {
        String[] fields = segment.split("\\|");
        return fields[fields.length - 1];
      }
    }
    throw new AssertionError("no ERR segment in " + ack);
  }
}
