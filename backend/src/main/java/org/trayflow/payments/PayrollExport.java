package org.trayflow.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.trayflow.audit.AuditLog;
import org.trayflow.identity.People;
import org.trayflow.identity.Person;
import org.trayflow.payments.persistence.AccountBook;

/**
 * What the finance office deducts from each person's pay for a pay period: charges less refunds
 * recorded in it (a meal cancelled in the next period is refunded in that one), by the hospital's
 * days. One row per person, as CSV (RFC 4180) for the payroll system.
 */
@ApplicationScoped
public class PayrollExport {

  @Inject AccountBook book;
  @Inject People people;
  @Inject AuditLog audit;

  /**
   * @param from the period's first day; @param to its last day, both in the hospital's time zone
   */
  @Transactional
  public String csv(LocalDate from, LocalDate to, ZoneId zone, String by) {
    if (to.isBefore(from)) {
      throw new InvalidPeriod();
    }
    List<Movement> movements =
        book.between(
            PaidBy.PAYROLL_DEDUCTION,
            from.atStartOfDay(zone).toInstant(),
            to.plusDays(1).atStartOfDay(zone).toInstant());
    Map<String, List<Movement>> byPerson =
        movements.stream()
            .collect(Collectors.groupingBy(Movement::username, TreeMap::new, Collectors.toList()));
    Map<String, String> names =
        people.listPeople().stream()
            .collect(Collectors.toMap(Person::username, Person::displayName, (a, b) -> a));
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT
                .builder()
                .setHeader(
                    "username",
                    "name",
                    "period from",
                    "period to",
                    "meals charged",
                    "charged",
                    "refunded",
                    "to deduct",
                    "currency")
                .get())) {
      for (var person : byPerson.entrySet()) {
        List<Movement> own = person.getValue();
        BigDecimal charged = sum(own, Movement.Kind.CHARGE);
        BigDecimal refunded = sum(own, Movement.Kind.REFUND);
        printer.printRecord(
            person.getKey(),
            names.getOrDefault(person.getKey(), ""),
            from,
            to,
            own.stream().filter(m -> m.kind() == Movement.Kind.CHARGE).count(),
            charged.toPlainString(),
            refunded.toPlainString(),
            charged.subtract(refunded).toPlainString(),
            own.get(0).currency());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(
        by,
        "payroll.exported",
        from + " to " + to + ": " + byPerson.size() + " people, " + movements.size() + " lines");
    return out.toString();
  }

  private static BigDecimal sum(List<Movement> movements, Movement.Kind kind) {
    return movements.stream()
        .filter(m -> m.kind() == kind)
        .map(Movement::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
