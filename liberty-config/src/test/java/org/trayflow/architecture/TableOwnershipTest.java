package org.trayflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each table is read and written by its owner alone, as docs/architecture.md's table "Who owns
 * which data" says; the reads across features it lists apart are the only exceptions. The SQL and
 * JPQL of every source file of the modules that go into the WAR are read for the tables and
 * entities they name.
 */
class TableOwnershipTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> SOURCE_MODULES = List.of("backend", "batch-jobs", "admin-ui");

  /** A string literal, or a text block. */
  private static final Pattern LITERAL =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

  /** Where a class runs SQL or JPQL: only there are names in its strings tables. */
  private static final Pattern QUERIES =
      Pattern.compile("create(?:Native)?Query\\(|@NamedQuery|executeUpdate\\(");

  private static final Pattern CREATED_TABLE =
      Pattern.compile("create table (?:if not exists )?([a-z_.]+)", Pattern.CASE_INSENSITIVE);

  private static Map<String, String> ownerOfTable;
  private static Map<String, Set<String>> readsAcross;
  private static Map<String, String> tableOfEntity;

  @BeforeAll
  static void readTheArchitecture() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/architecture.md"));
    ownerOfTable = new HashMap<>();
    rowsOf(section(doc, "## Who owns which data"))
        .forEach(row -> namesIn(row.get(1)).forEach(t -> ownerOfTable.put(t, name(row.get(0)))));
    readsAcross = new HashMap<>();
    rowsOf(section(doc, "### Reads across features"))
        .forEach(row -> readsAcross.put(name(row.get(0)), new TreeSet<>(namesIn(row.get(1)))));
    tableOfEntity = entities();
  }

  @Test
  void every_table_the_migrations_create_has_one_owner() throws IOException {
    Set<String> created = new TreeSet<>();
    try (Stream<Path> migrations =
        Files.list(ROOT.resolve("db-migrations/src/main/resources/db/migration"))) {
      for (Path migration : migrations.filter(p -> p.toString().endsWith(".sql")).toList()) {
        Matcher table = CREATED_TABLE.matcher(Files.readString(migration));
        while (table.find()) {
          created.add(table.group(1).toLowerCase());
        }
      }
    }
    assertThat(created).isNotEmpty();
    assertThat(created.stream().filter(t -> owner(t) == null).toList())
        .as("tables without an owner in docs/architecture.md")
        .isEmpty();
  }

  @Test
  void no_feature_reads_or_writes_another_features_tables() throws IOException {
    List<String> breaches = new ArrayList<>();
    int queried = 0;
    for (Path source : sources()) {
      String feature = featureOf(source);
      String className = className(source);
      Set<String> tables = tablesNamedIn(Files.readString(source));
      queried += tables.isEmpty() ? 0 : 1;
      for (String table : tables) {
        String owner = owner(table);
        boolean allowed =
            feature.equals(owner) || readsAcross.getOrDefault(className, Set.of()).contains(table);
        if (!allowed) {
          breaches.add(className + " names " + table + ", which " + owner + " owns");
        }
      }
    }
    assertThat(queried).as("source files with SQL or JPQL").isGreaterThan(20);
    assertThat(breaches).isEmpty();
  }

  /**
   * Rows are read by column name through {@code Row} (or are entities): a column read by position
   * gives the wrong value, silently, once someone reorders a select list.
   */
  @Test
  void no_query_result_is_read_by_column_position() throws IOException {
    Pattern byPosition = Pattern.compile("Object\\[\\]|\\b\\w+\\[\\d+\\]");
    List<String> positional = new ArrayList<>();
    for (Path source : sources()) {
      String text = Files.readString(source);
      Matcher read = byPosition.matcher(text);
      if (QUERIES.matcher(text).find() && read.find()) {
        positional.add(className(source) + ": " + read.group());
      }
    }
    assertThat(positional).isEmpty();
  }

  @Test
  void the_reader_finds_tables_in_sql_and_entities_in_jpql() {
    assertThat(
            tablesNamedIn(
                "em.createNativeQuery(\"select o.id from orders o join order_line l on l.order_id = o.id\""
                    + " + \" where exists (select 1 from patient_meal pm)\";"))
        .containsExactlyInAnyOrder("orders", "order_line", "patient_meal");
    assertThat(
            tablesNamedIn(
                "em.createQuery(\"select s.slug, l.slug from SiteLocation l, Site s where\");"))
        .containsExactlyInAnyOrder("location", "site");
    assertThat(
            tablesNamedIn("em.createQuery(q).setParameter(\"from\", a).setParameter(\"site\", b);"))
        .isEmpty();
    assertThat(tablesNamedIn("em.createQuery(q); fail(\"Ordered from the site menu\");")).isEmpty();
  }

  private static Set<String> tablesNamedIn(String source) {
    if (!QUERIES.matcher(source).find()) {
      return Set.of();
    }
    StringBuilder literals = new StringBuilder();
    Matcher literal = LITERAL.matcher(source);
    while (literal.find()) {
      String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
      if (text.contains(" ")) { // a query's part; a single word is a parameter's name
        literals.append(text).append(' ');
      }
    }
    String text = literals.toString();
    Set<String> tables = new TreeSet<>();
    Matcher sql =
        Pattern.compile(
                "\\b(?:from|join|into|update|table)\\s+([a-z_]+(?:\\.[a-z_]+)?)\\b",
                Pattern.CASE_INSENSITIVE)
            .matcher(text);
    while (sql.find()) {
      String name = sql.group(1);
      if (Character.isUpperCase(name.charAt(0)) && tableOfEntity.containsKey(name)) {
        tables.add(tableOfEntity.get(name));
      } else if (owner(name.toLowerCase()) != null && name.equals(name.toLowerCase())) {
        tables.add(name);
      }
    }
    // the further entities of a JPQL "from A a, B b"
    Matcher more = Pattern.compile(",\\s*([A-Z][A-Za-z]+)\\s+[a-z]\\w*\\b").matcher(text);
    while (more.find()) {
      if (tableOfEntity.containsKey(more.group(1))) {
        tables.add(tableOfEntity.get(more.group(1)));
      }
    }
    return tables;
  }

  /**
   * Each entity's table, by the entity's name in queries (its {@code @Entity} name, or its class
   * name): its {@code @Table} name, or the entity's name as Hibernate's default.
   */
  private static Map<String, String> entities() throws IOException {
    Map<String, String> tables = new HashMap<>();
    Pattern table = Pattern.compile("@Table\\(name = \"([a-z_]+)\"");
    Pattern entityName = Pattern.compile("@Entity\\(name = \"(\\w+)\"");
    for (Path source : sources()) {
      String text = Files.readString(source);
      if (text.contains("@Entity")) {
        Matcher named = table.matcher(text);
        Matcher renamed = entityName.matcher(text);
        String entity =
            renamed.find()
                ? renamed.group(1)
                : className(source).substring(className(source).lastIndexOf('.') + 1);
        tables.put(entity, named.find() ? named.group(1) : entity.toLowerCase());
      }
    }
    assertThat(tables).containsEntry("OrderRecord", "orders").containsEntry("Site", "site");
    return tables;
  }

  private static String owner(String table) {
    if (ownerOfTable.containsKey(table)) {
      return ownerOfTable.get(table);
    }
    int schema = table.indexOf('.');
    return schema < 0 ? null : ownerOfTable.get(table.substring(0, schema) + ".*");
  }

  private static List<Path> sources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String module : SOURCE_MODULES) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
      }
    }
    return sources;
  }

  /** ordering for …/org/trayflow/ordering/persistence/Orders.java; ui for the views. */
  private static String featureOf(Path source) {
    return className(source).split("\\.")[0];
  }

  private static String className(Path source) {
    String path = source.toString().replace('\\', '/');
    String name =
        path.substring(
            path.indexOf("org/trayflow/") + "org/trayflow/".length(),
            path.length() - ".java".length());
    return name.replace('/', '.');
  }

  private static String section(String doc, String heading) {
    int start = doc.indexOf(heading);
    assertThat(start).as(heading + " in docs/architecture.md").isNotNegative();
    int end = doc.indexOf("\n#", start + heading.length());
    return doc.substring(start, end < 0 ? doc.length() : end);
  }

  /** The cells of the first markdown table of the section, past its heading row. */
  private static List<List<String>> rowsOf(String section) {
    List<List<String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : section.lines().toList()) {
      if (!line.startsWith("|")) {
        if (inTable) {
          break;
        }
        continue;
      }
      inTable = true;
      List<String> cells =
          Stream.of(line.substring(1, line.length() - 1).split("\\|")).map(String::trim).toList();
      if (!cells.get(0).startsWith("---")
          && !cells.get(0).equals("feature")
          && !cells.get(0).equals("class")) {
        rows.add(cells);
      }
    }
    assertThat(rows).as("rows of " + section.lines().findFirst().orElse("")).isNotEmpty();
    return rows;
  }

  private static List<String> namesIn(String cell) {
    Map<String, Boolean> names = new LinkedHashMap<>();
    Matcher code = Pattern.compile("`([^`]+)`").matcher(cell);
    while (code.find()) {
      names.put(code.group(1), true);
    }
    return List.copyOf(names.keySet());
  }

  private static String name(String cell) {
    return namesIn(cell).get(0);
  }
}
