package org.trayflow.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * The hospital's health record, as the tests play it: HL7 v2 messages over MLLP (TLS, its own
 * engine) and FHIR resources over REST, each read from a file under {@code
 * src/test/resources/records} with its {@code {{PLACEHOLDERS}}} filled in.
 */
final class HospitalRecord {

  private static final DateTimeFormatter HL7_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ");

  private final RushTenant hospital;
  private final String token;
  private final InterfaceEngine engine;

  HospitalRecord(RushTenant hospital) {
    this.hospital = hospital;
    this.engine = InterfaceEngine.registered(hospital.slug, "TEST-PAS");
    this.token =
        ServerSide.tokenFor(
            "ehr-link@" + hospital.slug, hospital.id, hospital.slug, "RECORD_SYSTEM");
  }

  static String hl7Time(Instant moment) {
    return HL7_TIME.format(moment.atZone(RushTenant.ZONE));
  }

  /**
   * The file with the tenant, a fresh control id and the current time filled in, then the given
   * values.
   */
  String hl7(String file, Map<String, String> values) throws IOException {
    String message =
        fill(
            read("hl7/" + file),
            Map.of(
                "TENANT",
                hospital.slug,
                "CONTROL",
                UUID.randomUUID().toString().substring(0, 20),
                "NOW",
                hl7Time(Instant.now())));
    return fill(message, values).replace("\r\n", "\r").replace('\n', '\r');
  }

  /**
   * Sends a message over MLLP over TLS, as the hospital's registered interface engine, and returns
   * the ACK.
   */
  String send(String message) throws IOException {
    return engine.send(message);
  }

  /**
   * Admits a patient to a bed of Ward 1, on a regular diet ordered two minutes ago, as the record
   * would; their id.
   */
  long admitOnARegularDiet(String mrn, String bed) throws Exception {
    sendAccepted("adt-a01-admit.hl7", Map.of("MRN", mrn, "BED", bed));
    String start = hl7Time(Instant.now().minusSeconds(120));
    sendAccepted("omd-o03-regular.hl7", Map.of("MRN", mrn, "PLACER", "R" + mrn, "START", start));
    return ServerSide.queryLong(
        "select id from patient where tenant_id = ? and mrn = ?", hospital.id, mrn);
  }

  /** Sends the message this template and these values make, and fails unless it is accepted. */
  void sendAccepted(String template, Map<String, String> values) throws IOException {
    accepted(send(hl7(template, values)));
  }

  private static void accepted(String ack) {
    if (!acknowledgement(ack).equals("AA")) {
      throw new AssertionError("the record's message was not accepted: " + ack);
    }
  }

  /** MSA-1 of an ACK: AA, AE or AR. */
  static String acknowledgement(String ack) {
    for (String segment : ack.split("\r")) {
      if (segment.startsWith("MSA|")) {
        return segment.split("\\|")[1];
      }
    }
    throw new AssertionError("no MSA segment in " + ack);
  }

  HttpResponse<String> fhir(String type, String file, Map<String, String> values) throws Exception {
    return fhirBody(type, fill(read("fhir/" + file), values));
  }

  HttpResponse<String> fhirBody(String type, String body) throws Exception {
    return Api.post(hospital.base() + "/fhir/" + type, body, "application/fhir+json", token);
  }

  static String fhirTime(ZonedDateTime moment) {
    return moment.toOffsetDateTime().toString();
  }

  private static String read(String file) throws IOException {
    try (InputStream in = HospitalRecord.class.getResourceAsStream("/records/" + file)) {
      if (in == null) {
        throw new IOException("no test record " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String fill(String text, Map<String, String> values) {
    String filled = text;
    for (Map.Entry<String, String> value : values.entrySet()) {
      filled = filled.replace("{{" + value.getKey() + "}}", value.getValue());
    }
    return filled;
  }
}
