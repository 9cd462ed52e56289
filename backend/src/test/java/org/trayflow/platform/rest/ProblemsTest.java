package org.trayflow.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.tenancy.TenantNotFound;

class ProblemsTest {

  @Test
  void an_unknown_tenant_is_a_404_with_a_stable_type_and_a_human_message() {
    Problem problem = Problems.of(new TenantNotFound("atlantis"), "corr-1234");

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.type()).isEqualTo("urn:trayflow:problem:tenant-not-found");
    assertThat(problem.title()).isEqualTo("Not found");
    assertThat(problem.detail()).isEqualTo("There is no tenant 'atlantis'.");
    assertThat(problem.correlationId()).isEqualTo("corr-1234");
  }

  @Test
  void each_kind_of_expected_failure_has_its_own_status() {
    assertThat(Problems.of(failure(ExpectedFailure.Kind.INVALID), "c").status()).isEqualTo(422);
    assertThat(Problems.of(failure(ExpectedFailure.Kind.CONFLICT), "c").status()).isEqualTo(409);
  }

  @Test
  void an_unexpected_failure_says_nothing_but_the_correlation_id() {
    Problem problem = Problems.unexpected("corr-5678");

    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.type()).isEqualTo("urn:trayflow:problem:unexpected");
    assertThat(problem.detail()).contains("correlation id").doesNotContain("Exception");
    assertThat(problem.correlationId()).isEqualTo("corr-5678");
    assertThat(problem.errors()).isNull();
  }

  @Test
  void http_failures_keep_their_status() {
    assertThat(Problems.ofHttp(405, "c"))
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(405);
              assertThat(p.title()).isEqualTo("Method not allowed");
              assertThat(p.type()).isEqualTo("urn:trayflow:problem:http-405");
            });
  }

  private static ExpectedFailure failure(ExpectedFailure.Kind kind) {
    return new ExpectedFailure(kind, "test", "a test failure") {};
  }
}
