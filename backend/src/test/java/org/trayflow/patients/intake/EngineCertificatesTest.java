package org.trayflow.patients.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trayflow.tenantconfig.Slug;

/** How a registered engine's file names its sender. */
class EngineCertificatesTest {

  @Test
  void the_file_name_is_the_hospital_then_the_record_system() {
    assertThat(EngineCertificates.engineNamed("st-mungos.STMUNGOS-PAS.pem"))
        .contains(new EngineCertificates.Engine(new Slug("st-mungos"), "STMUNGOS-PAS"));
    assertThat(EngineCertificates.engineNamed("riverside.EHR.v2.pem"))
        .contains(new EngineCertificates.Engine(new Slug("riverside"), "EHR.v2"));
  }

  @Test
  void a_file_that_names_no_sender_registers_nothing() {
    assertThat(EngineCertificates.engineNamed("st-mungos.pem")).isEmpty();
    assertThat(EngineCertificates.engineNamed(".PAS.pem")).isEmpty();
    assertThat(EngineCertificates.engineNamed("Not A Slug.PAS.pem")).isEmpty();
    assertThat(EngineCertificates.engineNamed("st-mungos..pem")).isEmpty();
  }
}
