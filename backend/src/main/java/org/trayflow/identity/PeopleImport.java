package org.trayflow.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.trayflow.identity.persistence.TakenNames;
import org.trayflow.platform.Text;

/**
 * Staff added in bulk from the hospital's spreadsheet (CSV with the header {@value #HEADER}). Every
 * row is checked as adding the person by hand would check it, and shown with its problems before
 * anything is written. Importing writes every row or none: with a wrong row, nothing, unless the
 * administrator chose to import the good rows only. Each person gets a first password to change at
 * their first sign-in.
 *
 * <p>A first password's hash takes a quarter of a second of CPU, so they are all made before the
 * one transaction that writes the people, and the caller is told of each.
 */
@ApplicationScoped
public class PeopleImport {

  public static final String HEADER = "username,name,email,language,roles,site";

  /** Rows in one file; a bigger list is imported in parts. */
  public static final int MOST_ROWS = 500;

  @Inject People people;
  @Inject TakenNames taken;

  /** Every row of the file, with what is wrong with it. */
  public StaffList read(@NotNull String csv) {
    List<CSVRecord> records = records(csv);
    Set<String> seen = new HashSet<>();
    List<StaffRow> rows = new ArrayList<>();
    String hospitalLanguage = people.hospitalLanguage();
    for (CSVRecord record : records) {
      rows.add(row(record, seen, hospitalLanguage));
    }
    return new StaffList(
        rows.stream()
            .map(
                row ->
                    !row.username().isEmpty() && taken.isTaken(row.username())
                        ? withProblem(row, "the user name '" + row.username() + "' is taken")
                        : row)
            .toList());
  }

  /**
   * @param goodRowsOnly import the rows without problems and leave the others; otherwise a single
   *     wrong row stops the whole file
   * @param progress told the number of people made ready so far
   */
  public List<NewPerson> importList(
      @NotNull String csv,
      boolean goodRowsOnly,
      @NotBlank String importedBy,
      @NotNull IntConsumer progress) {
    StaffList list = read(csv);
    if (!goodRowsOnly && !list.badRows().isEmpty()) {
      throw new StaffListRefused(list.badRows());
    }
    List<StaffRow> importing = list.goodRows();
    Map<String, People.FirstPassword> firstPasswords = new HashMap<>();
    for (StaffRow row : importing) {
      firstPasswords.put(row.username(), people.newFirstPassword());
      progress.accept(firstPasswords.size());
    }
    return people.addAll(importing, firstPasswords, importedBy);
  }

  private static List<CSVRecord> records(String csv) {
    Text.notText(csv)
        .ifPresent(
            why -> {
              throw new StaffListUnreadable("The file is not text: " + why + ".");
            });
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setIgnoreHeaderCase(true)
            .get();
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv), format)) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
      if (!header.contains("username") || !header.contains("roles")) {
        throw new StaffListUnreadable(
            "The first line must name the columns, with at least username and roles: "
                + HEADER
                + ".");
      }
      List<CSVRecord> records = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (records.size() == MOST_ROWS) {
          throw new StaffListUnreadable(
              "A file has at most " + MOST_ROWS + " people; import a longer list in parts.");
        }
        records.add(record);
      }
      if (records.isEmpty()) {
        throw new StaffListUnreadable("The file has no people below its header line.");
      }
      return records;
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException unreadable) {
      throw new StaffListUnreadable(
          "The file is not a CSV file Trayflow can read: " + unreadable.getMessage());
    }
  }

  /**
   * @param hospitalLanguage what a person is written to in when their row names no language
   */
  private StaffRow row(CSVRecord record, Set<String> seen, String hospitalLanguage) {
    List<String> problems = new ArrayList<>();
    int line = (int) record.getRecordNumber() + 1;
    String given = field(record, "username");
    String username = given.toLowerCase(Locale.ROOT);
    try {
      username = People.checkedUsername(given);
      if (!seen.add(username)) {
        problems.add("'" + username + "' is in the file twice");
      }
    } catch (InvalidPerson invalid) {
      problems.add(given.isEmpty() ? "the user name is missing" : invalid.getMessage());
    }
    String name = field(record, "name").isEmpty() ? username : field(record, "name");
    if (name.length() > 200) {
      problems.add("the name is longer than 200 characters");
    }
    Optional<String> email = Optional.empty();
    String language =
        field(record, "language").isEmpty()
            ? hospitalLanguage
            : field(record, "language").toLowerCase(Locale.ROOT);
    Set<String> sites = new java.util.TreeSet<>();
    try {
      email = People.checkedEmail(Optional.of(field(record, "email")));
    } catch (InvalidPerson invalid) {
      problems.add(invalid.getMessage());
    }
    try {
      People.checkedLanguage(language);
    } catch (InvalidPerson invalid) {
      problems.add(invalid.getMessage());
    }
    for (String site : field(record, "site").split("[;|]")) {
      if (!site.isBlank()) {
        try {
          people.checkedSites(Set.of(site.strip()));
          sites.add(site.strip());
        } catch (InvalidPerson invalid) {
          problems.add(invalid.getMessage());
        }
      }
    }
    Set<Role> roles = roles(field(record, "roles"), problems);
    return new StaffRow(line, username, name, email, language, sites, roles, problems);
  }

  /** Roles as the hospital writes them, "Ward staff; Dietitian" or WARD_STAFF;DIETITIAN. */
  private static Set<Role> roles(String written, List<String> problems) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String one : written.split("[;|]")) {
      String role = one.strip();
      if (role.isEmpty()) {
        continue;
      }
      Optional<Role> known =
          java.util.Arrays.stream(Role.values())
              .filter(
                  r ->
                      r.inWords().equalsIgnoreCase(role)
                          || r.name().equalsIgnoreCase(role.replace(' ', '_').replace('-', '_')))
              .findFirst();
      if (known.isEmpty()) {
        problems.add(
            "'"
                + role
                + "' is not a role; the roles are "
                + String.join(", ", hospitalRolesInWords()));
      } else if (known.get().isPlatformRole() || known.get() == Role.RECORD_SYSTEM) {
        problems.add("'" + role + "' is not a role a hospital gives its people");
      } else {
        roles.add(known.get());
      }
    }
    if (roles.isEmpty() && problems.stream().noneMatch(p -> p.contains("role"))) {
      problems.add("no role is given");
    }
    return roles;
  }

  private static List<String> hospitalRolesInWords() {
    return java.util.Arrays.stream(Role.values())
        .filter(Role::isHospitalRole)
        .map(Role::inWords)
        .toList();
  }

  private static StaffRow withProblem(StaffRow row, String problem) {
    List<String> problems = new ArrayList<>(row.problems());
    problems.add(problem);
    return new StaffRow(
        row.line(),
        row.username(),
        row.displayName(),
        row.email(),
        row.language(),
        row.sites(),
        row.roles(),
        problems);
  }

  private static String field(CSVRecord record, String column) {
    return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
  }
}
