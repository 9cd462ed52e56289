package org.trayflow.patients.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.parser.PipeParser;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a hospital's interface engine sends is read or refused in words, never crashes the intake:
 * HL7 v2 messages with any character of a real admission changed, HL7 times of any shape, FHIR
 * bodies of any shape. The intake turns HL7Exception and RecordProblem into an AR/AE
 * acknowledgement; anything else would be a crash.
 */
class RecordFeedProperties {

  private static final String ADMISSION =
      String.join(
              "\r",
              "MSH|^~\\&|PAS|STMUNGOS-PAS|TRAYFLOW|st-mungos|20261201090000||ADT^A01^ADT_A01|DEMO-ADMIT-0001|P|2.5",
              "EVN|A01|20261201090000",
              "PID|1||D2001^^^STMUNGOS^MR||ADEYEMI^Tunde||19480312|M",
              "PV1|1|I|ward-7^^5^central||||||||||||||||VD2001",
              "AL1|1|FA|PEANUTS^Peanuts")
          + "\r";
  private static final String NUTRITION_ORDER =
      """
      {"resourceType":"NutritionOrder","id":"n1","meta":{"versionId":"1"},"status":"active","intent":"order",
       "patient":{"identifier":{"system":"urn:mrn","value":"D2001"}},"dateTime":"2026-12-01T09:00:00Z",
       "oralDiet":{"type":[{"coding":[{"system":"urn:diet","code":"diabetic"}]}],
       "texture":[{"modifier":{"coding":[{"system":"http://iddsi.org","code":"5"}]}}]}}""";

  private static final PipeParser HL7 = Hl7Intake.hapi().getPipeParser();

  @Property(tries = 600)
  void an_hl7_message_changed_anywhere_is_parsed_or_refused_as_hl7(
      @ForAll("changedAdmissions") String message) {
    Throwable failure = catchThrowable(() -> HL7.parse(message));
    assertThat(failure)
        .as(message.replace('\r', '\n'))
        .satisfiesAnyOf(
            f -> assertThat(f).isNull(), f -> assertThat(f).isInstanceOf(HL7Exception.class));
  }

  @Property(tries = 800)
  void an_hl7_time_of_any_shape_is_a_time_or_refused_in_words(@ForAll("hl7Times") String value) {
    Throwable failure = catchThrowable(() -> Hl7Time.instant(value, ZoneId.of("Europe/London")));
    assertThat(failure)
        .as(value)
        .satisfiesAnyOf(
            f -> assertThat(f).isNull(),
            f -> assertThat(f).isInstanceOf(RecordProblem.class).hasMessageContaining(value));
    Throwable dateFailure = catchThrowable(() -> Hl7Time.date(value));
    assertThat(dateFailure)
        .as(value)
        .satisfiesAnyOf(
            f -> assertThat(f).isNull(), f -> assertThat(f).isInstanceOf(RecordProblem.class));
  }

  @Property(tries = 400)
  void a_fhir_body_of_any_shape_is_a_resource_or_refused_in_words(
      @ForAll("fhirBodies") String body) {
    Throwable failure = catchThrowable(() -> FhirIntake.resourceIn(body));
    assertThat(failure)
        .as(body)
        .satisfiesAnyOf(
            f -> assertThat(f).isNull(), f -> assertThat(f).isInstanceOf(RecordProblem.class));
  }

  @Provide
  Arbitrary<String> changedAdmissions() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, ADMISSION.length() - 1);
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(6),
            Arbitraries.of(
                "|",
                "^",
                "~",
                "\\",
                "&",
                "\r",
                "\n",
                "",
                "\u0000",
                "MSH|",
                "||||||||||",
                "\\X0D\\",
                "\\E\\"));
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 5);
    return Combinators.combine(at, piece, cut)
        .as(
            (where, inserted, removed) ->
                ADMISSION.substring(0, where)
                    + inserted
                    + ADMISSION.substring(Math.min(ADMISSION.length(), where + removed)));
  }

  @Provide
  Arbitrary<String> hl7Times() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(24),
        Arbitraries.strings().withChars("0123456789").ofMinLength(8).ofMaxLength(14),
        Arbitraries.strings().withChars("0123456789").ofLength(12).map(t -> t + "+" + "9999"),
        Arbitraries.strings().withChars("0123456789+-.").ofMinLength(8).ofMaxLength(24),
        Arbitraries.of(
            "20261301", "20260230", "202612012561", "20261201000000+9999", "99999999", "00000000"));
  }

  @Provide
  Arbitrary<String> fhirBodies() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, NUTRITION_ORDER.length() - 1);
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(5),
            Arbitraries.of(
                "{",
                "}",
                "[",
                "]",
                "\"",
                ",",
                ":",
                "null",
                "1e999",
                "\\u0000",
                "\"resourceType\":\"Patient\","));
    Arbitrary<String> changed =
        Combinators.combine(at, piece, Arbitraries.integers().between(0, 4))
            .as(
                (where, inserted, removed) ->
                    NUTRITION_ORDER.substring(0, where)
                        + inserted
                        + NUTRITION_ORDER.substring(
                            Math.min(NUTRITION_ORDER.length(), where + removed)));
    return Arbitraries.oneOf(
        changed,
        Arbitraries.strings().ofMaxLength(80),
        Arbitraries.of(
            "", "null", "[]", "{}", "{\"resourceType\":\"Nope\"}", "{\"resourceType\":7}"));
  }
}
