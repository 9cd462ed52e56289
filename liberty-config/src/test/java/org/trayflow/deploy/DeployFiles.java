package org.trayflow.deploy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The files of deploy/ as the tests read them: alert rules, the dashboard, the Kubernetes
 * manifests.
 */
public final class DeployFiles {

  private static final Path DEPLOY =
      Path.of(System.getProperty("trayflow.deploy-dir", "../deploy"));
  private static final Pattern METRIC = Pattern.compile("\\b(trayflow_[a-z0-9_]+)");

  private DeployFiles() {}

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> alertRules() throws IOException {
    Map<String, Object> file =
        (Map<String, Object>)
            yaml().load(Files.readString(DEPLOY.resolve("prometheus/trayflow-alerts.yml")));
    List<Map<String, Object>> rules = new ArrayList<>();
    ((List<Map<String, Object>>) file.get("groups"))
        .forEach(group -> rules.addAll((List<Map<String, Object>>) group.get("rules")));
    return rules;
  }

  public static JsonObject dashboard() throws IOException {
    try (Reader in =
        Files.newBufferedReader(DEPLOY.resolve("grafana/trayflow-lunch-window.json"))) {
      return Json.createReader(in).readObject();
    }
  }

  /** Every query of every panel. */
  public static List<String> dashboardQueries() throws IOException {
    List<String> queries = new ArrayList<>();
    dashboard().getJsonArray("panels").stream()
        .map(JsonValue::asJsonObject)
        .forEach(
            panel ->
                panel.getJsonArray("targets").stream()
                    .map(JsonValue::asJsonObject)
                    .forEach(target -> queries.add(target.getString("expr"))));
    return queries;
  }

  /**
   * The Trayflow metrics the alerts and the dashboard name, without Prometheus's series suffixes.
   */
  public static Set<String> metricsNamed() throws IOException {
    Set<String> names = new TreeSet<>();
    List<String> queries = new ArrayList<>(dashboardQueries());
    alertRules().forEach(rule -> queries.add((String) rule.get("expr")));
    for (String query : queries) {
      Matcher metric = METRIC.matcher(query);
      while (metric.find()) {
        names.add(metric.group(1).replaceAll("(_seconds)_(count|sum|max)$", "$1"));
      }
    }
    return names;
  }

  /** Each document of each manifest, by file name. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> manifests() throws IOException {
    List<Map<String, Object>> documents = new ArrayList<>();
    try (var files = Files.list(DEPLOY.resolve("k8s"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (Object document : yaml().loadAll(Files.readString(file))) {
          if (document != null) {
            documents.add((Map<String, Object>) document);
          }
        }
      }
    }
    return documents;
  }

  private static Yaml yaml() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }
}
