package org.trayflow.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void a_number_in_a_path_is_read_and_printed_as_the_bare_number() {
    assertThat(OrderId.valueOf("1234")).isEqualTo(new OrderId(1234));
    assertThat("#" + OrderId.valueOf("1234")).isEqualTo("#1234");
    assertThat(PatientId.valueOf("77")).isEqualTo(new PatientId(77));
    assertThat("patient " + PatientId.valueOf("77")).isEqualTo("patient 77");
  }

  @Test
  void anything_but_a_positive_whole_number_is_no_id() {
    for (String notAnId :
        new String[] {"0", "-7", "12a", "", " 12", "1e3", "99999999999999999999"}) {
      assertThatThrownBy(() -> OrderId.valueOf(notAnId))
          .as(notAnId)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> PatientId.valueOf(notAnId))
          .as(notAnId)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void the_api_writes_and_reads_it_as_the_number_it_always_was() {
    OrderId.AsNumber json = new OrderId.AsNumber();
    assertThat(json.adaptToJson(new OrderId(42))).isEqualTo(42L);
    assertThat(json.adaptFromJson(42L)).isEqualTo(new OrderId(42));
    assertThatThrownBy(() -> json.adaptFromJson(0L)).isInstanceOf(IllegalArgumentException.class);
    PatientId.AsNumber patient = new PatientId.AsNumber();
    assertThat(patient.adaptToJson(new PatientId(77))).isEqualTo(77L);
    assertThat(patient.adaptFromJson(77L)).isEqualTo(new PatientId(77));
  }
}
