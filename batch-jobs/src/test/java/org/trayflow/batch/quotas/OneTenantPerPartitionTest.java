package org.trayflow.batch.quotas;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.api.partition.PartitionPlan;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The quota job works hospital by hospital, two at a time at most. */
class OneTenantPerPartitionTest {

  @Test
  void each_hospital_is_a_partition_of_its_own_named_by_its_slug() {
    PartitionPlan plan = OneTenantPerPartition.planFor(List.of("st-mungos", "riverside", "north"));

    assertThat(plan.getPartitions()).isEqualTo(3);
    assertThat(plan.getThreads()).isEqualTo(2);
    assertThat(Stream.of(plan.getPartitionProperties()).map(p -> p.getProperty("tenant")))
        .containsExactly("st-mungos", "riverside", "north");
  }

  @Test
  void one_hospital_takes_one_thread_and_none_leaves_nothing_to_run() {
    assertThat(OneTenantPerPartition.planFor(List.of("st-mungos")).getThreads()).isEqualTo(1);
    PartitionPlan none = OneTenantPerPartition.planFor(List.of());
    assertThat(none.getPartitions()).isZero();
    assertThat(none.getThreads()).isEqualTo(1);
    assertThat(none.getPartitionProperties()).isEqualTo(new Properties[0]);
  }
}
