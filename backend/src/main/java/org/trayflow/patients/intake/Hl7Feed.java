package org.trayflow.patients.intake;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trayflow.patients.Allergies;
import org.trayflow.patients.AllergyCodes;
import org.trayflow.patients.ChangeSource;
import org.trayflow.patients.NewDietOrder;
import org.trayflow.patients.Placement;
import org.trayflow.tenantconfig.Language;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * Reads HL7 v2 (2.5 model) admissions and diet orders into the record feed:
 *
 * <ul>
 *   <li>ADT^A01 admit and ADT^A02 transfer: PID-3 MRN (the MR identifier, else the first), PID-5
 *       name, PID-7 birth, PID-15 primary language (the bedside opens in it where Trayflow writes
 *       it), PV1-3 site (facility, 4th component), ward (1st) and bed (3rd), PV1-19 visit, EVN-2 or
 *       MSH-7 when; an admission's AL1 segments, when present, replace the patient's allergy list;
 *   <li>ADT^A03 discharge;
 *   <li>OMD^O03 diet order: ORC-1 NW/XO (new or changed order), CA/DC (discontinued), HD
 *       (nil-by-mouth hold), RL (hold released); ORC-2 placer order number; TQ1-7/TQ1-8 start and
 *       end; ODS-1 D (diet codes in ODS-3), P (cultural needs), S (supplements); ODT-3 tray
 *       instructions, printed with the supplements; AL1 in the patient group as for ADT.
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Hl7Feed {

  @Inject RecordFeed feed;
  @Inject Clock clock;

  /**
   * @return what was done, for the AA acknowledgement; @throws RecordProblem for an AE
   */
  String apply(Message message, TenantConfiguration hospital, ChangeSource by) throws HL7Exception {
    Terser terser = new Terser(message);
    String type = terser.get("/MSH-9-1") + "^" + terser.get("/MSH-9-2");
    ZoneId zone = hospital.timeZone();
    Instant sent =
        Optional.ofNullable(Hl7Time.instant(terser.get("/MSH-7"), zone)).orElseGet(clock::instant);
    return switch (type) {
      case "ADT^A01" ->
          feed.place(
              placement(terser, "/", eventTime(terser, zone, sent)), allergies(terser, ""), by);
      case "ADT^A02" ->
          feed.place(placement(terser, "/", eventTime(terser, zone, sent)), Optional.empty(), by);
      case "ADT^A03" -> feed.discharge(mrn(terser, "/"), eventTime(terser, zone, sent));
      case "OMD^O03" -> dietOrder(terser, zone, sent, by);
      default ->
          throw new RecordProblem(
              "message type "
                  + type
                  + " is not one Trayflow reads (ADT^A01, ADT^A02,"
                  + " ADT^A03, OMD^O03)");
    };
  }

  private String dietOrder(Terser terser, ZoneId zone, Instant sent, ChangeSource by)
      throws HL7Exception {
    if (terser.get("/ORDER_DIET(1)/DIET/ODS-1") != null) {
      // a second diet order in the message: refused whole rather than half applied
      throw new RecordProblem(
          "one diet order per OMD^O03 message: send the second (ORC-2 "
              + terser.get("/ORDER_DIET(1)/ORC-2-1")
              + ") in a message of its own");
    }
    String mrn = mrn(terser, "/PATIENT/");
    String control = Optional.ofNullable(terser.get("/ORDER_DIET/ORC-1")).orElse("NW");
    String placer = terser.get("/ORDER_DIET/ORC-2-1");
    Instant start = Hl7Time.instant(terser.get("/ORDER_DIET/TIMING_DIET/TQ1-7-1"), zone);
    Instant end = Hl7Time.instant(terser.get("/ORDER_DIET/TIMING_DIET/TQ1-8-1"), zone);
    Optional<Allergies> allergies = allergies(terser, "/PATIENT");
    return switch (control) {
      case "NW", "XO" ->
          feed.order(mrn, draft(terser).build(start, end, "HL7", placer), allergies, by);
      case "HD" ->
          feed.order(mrn, NewDietOrder.nilByMouth(start, end, "", "HL7", placer), allergies, by);
      case "RL" -> feed.release(mrn, start == null ? sent : start, by);
      case "CA", "DC" -> feed.discontinue(mrn, placer, start == null ? sent : start, by);
      default ->
          throw new RecordProblem(
              "ORC-1 order control '"
                  + control
                  + "' is not one Trayflow reads"
                  + " (NW, XO, CA, DC, HD, RL)");
    };
  }

  private static DietOrderDraft draft(Terser terser) throws HL7Exception {
    DietOrderDraft draft = new DietOrderDraft();
    for (int i = 0; i < 20; i++) {
      String ods = "/ORDER_DIET/DIET/ODS(" + i + ")";
      String kind = terser.get(ods + "-1");
      if (kind == null) {
        break;
      }
      for (int j = 0; j < 10; j++) {
        String code = terser.get(ods + "-3(" + j + ")-1");
        if (code == null) {
          break;
        }
        switch (kind) {
          case "D" -> draft.dietCode(code);
          case "P" -> draft.need(code);
          case "S" ->
              draft.supplement(
                  Optional.ofNullable(terser.get(ods + "-3(" + j + ")-2")).orElse(code));
          default -> throw new RecordProblem("ODS-1 type '" + kind + "' is not D, P or S");
        }
      }
      if (kind.equals("S")) {
        draft.supplement(terser.get(ods + "-4"));
      }
    }
    trayInstructions(terser, "/ORDER_TRAY(%d)/ODT-3")
        .forEach(text -> draft.supplement("tray: " + text));
    // ORC opens both an ORDER_DIET and an ORDER_TRAY group: HAPI reads a tray order's ORC as
    // another diet order and
    // keeps its ODT at the end of the message
    trayInstructions(terser, "/ODT(%d)-3").forEach(text -> draft.supplement("tray: " + text));
    return draft;
  }

  private static List<String> trayInstructions(Terser terser, String path) {
    List<String> instructions = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        String text = terser.get(path.formatted(i));
        if (text == null) {
          break;
        }
        instructions.add(text);
      }
    } catch (HL7Exception noSuchSegmentHere) {
      // the message has no ODT in that place
    }
    return instructions;
  }

  private static Placement placement(Terser terser, String group, Instant since)
      throws HL7Exception {
    String site = terser.get("/PV1-3-4");
    String ward = terser.get("/PV1-3-1");
    if (site == null || ward == null) {
      throw new RecordProblem(
          "PV1-3 must give the ward (1st component) and the site (4th component)");
    }
    return new Placement(
        mrn(terser, group),
        required(terser.get(group + "PID-5-1"), "PID-5 family name"),
        terser.get(group + "PID-5-2"),
        Hl7Time.date(terser.get(group + "PID-7-1")),
        terser.get("/PV1-19-1"),
        site.toLowerCase(Locale.ROOT),
        ward.toLowerCase(Locale.ROOT),
        terser.get("/PV1-3-3"),
        since,
        Language.fromRecord(terser.get(group + "PID-15-1")));
  }

  private static String mrn(Terser terser, String group) throws HL7Exception {
    String first = null;
    for (int i = 0; i < 10; i++) {
      String id = terser.get(group + "PID-3(" + i + ")-1");
      if (id == null) {
        break;
      }
      if ("MR".equals(terser.get(group + "PID-3(" + i + ")-5"))) {
        return id;
      }
      first = first == null ? id : first;
    }
    return required(first, "PID-3 patient identifier (MRN)");
  }

  /**
   * The AL1 segments' food allergies (FA; MA where the record files them so), when the message has
   * any: the full list, replacing the one before ({@code NKA} for none). Drug allergies are the
   * pharmacy's business.
   */
  private static Optional<Allergies> allergies(Terser terser, String group) throws HL7Exception {
    List<String> codes = new ArrayList<>();
    boolean declared = false;
    for (int i = 0; i < 30; i++) {
      String al1 = group + "/AL1(" + i + ")";
      String code = terser.get(al1 + "-3-1");
      String text = terser.get(al1 + "-3-2");
      if (code == null && text == null) {
        break;
      }
      declared = true;
      String type = terser.get(al1 + "-2-1");
      boolean noneKnown = "NKA".equalsIgnoreCase(code) || "NKFA".equalsIgnoreCase(code);
      if (!noneKnown && (type == null || type.equals("FA") || type.equals("MA"))) {
        boolean declaredAllergen = code != null && AllergyCodes.allergen(code).isPresent();
        codes.add(declaredAllergen || text == null ? code : text);
      }
    }
    return declared ? Optional.of(Allergies.fromCodes(codes, "")) : Optional.empty();
  }

  private static Instant eventTime(Terser terser, ZoneId zone, Instant sent) throws HL7Exception {
    return Optional.ofNullable(Hl7Time.instant(terser.get("/EVN-2-1"), zone)).orElse(sent);
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new RecordProblem(what + " is missing");
    }
    return value.strip();
  }
}
