package org.trayflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and the dashboard, read as Prometheus and Grafana would: well formed, each rule
 * complete, the five alerts the lunch window needs; that their metrics exist is checked against a
 * running server (OpsMetricsIT).
 */
class DeployFilesTest {

  @Test
  void every_alert_rule_is_complete_and_the_lunch_windows_five_are_there() throws Exception {
    List<Map<String, Object>> rules = DeployFiles.alertRules();

    assertThat(rules)
        .extracting(rule -> rule.get("alert"))
        .containsExactlyInAnyOrder(
            "CheckoutSlow",
            "DatabasePoolNearlyExhausted",
            "OutboxNotDrainingAfterLunch",
            "CheckoutErrors",
            "QuotaJobMissed");
    assertThat(rules)
        .allSatisfy(
            rule -> {
              assertThat((String) rule.get("expr")).isNotBlank().contains("trayflow_");
              assertThat((String) rule.get("for")).matches("\\d+[smh]");
              assertThat(((Map<?, ?>) rule.get("labels")).get("severity")).isIn("page", "ticket");
              assertThat(((Map<?, ?>) rule.get("annotations")).get("summary")).isNotNull();
              assertThat(balanced((String) rule.get("expr")))
                  .as((String) rule.get("expr"))
                  .isTrue();
            });
    assertThat(rules)
        .filteredOn(rule -> rule.get("alert").equals("CheckoutSlow"))
        .extracting(rule -> rule.get("expr"), rule -> rule.get("for"))
        .containsExactly(
            tuple(
                "max by (tenant) (trayflow_checkout_seconds{outcome=\"placed\", quantile=\"0.95\"}) > 0.2",
                "5m"));
  }

  @Test
  void the_dashboard_has_a_query_on_every_panel_and_the_alerts_metrics() throws Exception {
    assertThat(DeployFiles.dashboard().getString("uid")).isEqualTo("trayflow-lunch-window");
    assertThat(DeployFiles.dashboardQueries())
        .hasSizeGreaterThanOrEqualTo(9)
        .allSatisfy(query -> assertThat(balanced(query)).as(query).isTrue());
    assertThat(DeployFiles.metricsNamed())
        .contains(
            "trayflow_checkout_seconds",
            "trayflow_database_pool_in_use",
            "trayflow_database_pool_max",
            "trayflow_outbox_oldest_age_seconds",
            "trayflow_outbox_depth",
            "trayflow_lunch_window_open",
            "trayflow_batch_job_last_completed_seconds",
            "trayflow_checkout_sold_out_total",
            "trayflow_checkout_lock_wait_seconds");
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_manifests_describe_a_rolling_stateless_deployment_on_the_health_endpoints()
      throws Exception {
    Map<String, Map<String, Object>> byKind = new HashMap<>();
    DeployFiles.manifests()
        .forEach(
            document -> {
              assertThat(document).containsKeys("apiVersion", "kind", "metadata");
              assertThat(((Map<String, Object>) document.get("metadata")).get("name")).isNotNull();
              byKind.put(
                  document.get("kind")
                      + "/"
                      + ((Map<String, Object>) document.get("metadata")).get("name"),
                  document);
            });
    assertThat(byKind)
        .containsKeys(
            "Deployment/trayflow",
            "Service/trayflow",
            "HorizontalPodAutoscaler/trayflow",
            "PodDisruptionBudget/trayflow",
            "ConfigMap/trayflow-config",
            "Secret/trayflow-secrets",
            "ConfigMap/trayflow-redis");

    Map<String, Object> pod =
        (Map<String, Object>) path(byKind.get("Deployment/trayflow"), "spec", "template", "spec");
    Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
    assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/health/ready");
    assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/health/live");
    assertThat(path(container, "resources", "requests", "cpu")).isNotNull();
    assertThat(path(container, "resources", "limits", "memory")).isNotNull();
    assertThat(path(pod, "affinity", "podAntiAffinity")).isNotNull();
    assertThat(path(byKind.get("HorizontalPodAutoscaler/trayflow"), "spec", "metrics").toString())
        .contains("averageUtilization=60");
    assertThat(path(byKind.get("Service/trayflow"), "spec", "ports").toString())
        .contains("targetPort=http");
    assertThat(path(byKind.get("Service/trayflow"), "spec", "sessionAffinity"))
        .as("a person's web UI screens stay on the instance that drew them")
        .isEqualTo("ClientIP");
    assertThat(path(byKind.get("Service/trayflow-hl7"), "spec", "ports").toString())
        .contains("targetPort=hl7-mllp");
    assertThat(container.get("ports").toString()).contains("containerPort=2575");
    assertThat(container.get("env").toString())
        .as("the record feed's TLS, from mounted Secrets")
        .contains("TRAYFLOW_HL7_TLS_KEYSTORE, value=/config/hl7-listener/listener.p12")
        .contains("TRAYFLOW_HL7_TLS_ENGINE_CERTIFICATES, value=/config/hl7-engines")
        .contains("secretKeyRef={name=trayflow-hl7-listener, key=password}");
    assertThat(container.get("volumeMounts").toString())
        .contains("mountPath=/config/hl7-listener")
        .contains("mountPath=/config/hl7-engines");
    assertThat(pod.get("volumes").toString())
        .contains("secretName=trayflow-hl7-listener")
        .contains("secretName=trayflow-hl7-engines");
    assertThat(byKind).containsKeys("Secret/trayflow-hl7-listener", "Secret/trayflow-hl7-engines");
    assertThat(
            ((Map<String, Object>) path(byKind.get("Secret/trayflow-hl7-engines"), "stringData"))
                .keySet())
        .as("engines are registered as HOSPITAL-SLUG.RECORD-SYSTEM.pem")
        .allSatisfy(key -> assertThat(key).matches("[a-z0-9-]+\\.[^.]+\\.pem"));
    assertThat(
            String.valueOf(path(byKind.get("ConfigMap/trayflow-redis"), "data", "redisson.yaml")))
        .as("Sentinel, with the time-outs bench/faults ran its failovers with")
        .contains("sentinelServersConfig")
        .contains("timeout: 1000")
        .contains("retryAttempts: 2");
    assertThat((Map<String, Object>) path(byKind.get("Secret/trayflow-secrets"), "stringData"))
        .allSatisfy((key, value) -> assertThat(value).isEqualTo("change-me"));
    assertThat(Files.readString(Path.of("../deploy/k8s/Containerfile")))
        .contains("FROM icr.io/appcafe/open-liberty:")
        .contains("/config/apps/")
        .contains("configure.sh");
  }

  @SuppressWarnings("unchecked")
  private static Object path(Map<String, Object> document, String... keys) {
    Object at = document;
    for (String key : keys) {
      at = ((Map<String, Object>) at).get(key);
    }
    return at;
  }

  /**
   * Brackets and braces close in order, and quotes pair up: the common way a hand-edited query
   * breaks.
   */
  static boolean balanced(String query) {
    StringBuilder open = new StringBuilder();
    boolean quoted = false;
    for (char c : query.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && "([{".indexOf(c) >= 0) {
        open.append(c);
      } else if (!quoted && ")]}".indexOf(c) >= 0) {
        if (open.isEmpty() || "([{".indexOf(open.charAt(open.length() - 1)) != ")]}".indexOf(c)) {
          return false;
        }
        open.setLength(open.length() - 1);
      }
    }
    return open.isEmpty() && !quoted;
  }
}
