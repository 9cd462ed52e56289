package org.trayflow.tenantconfig;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a tenant's configuration, in words an administrator reads.
 */
public final class ConfigurationChanges {

  private ConfigurationChanges() {}

  public static List<String> between(TenantConfiguration before, TenantConfiguration after) {
    List<String> changes = new ArrayList<>();
    note(changes, "name", before.name(), after.name());
    note(changes, "time zone", before.timeZone(), after.timeZone());
    note(changes, "locale", before.locale().toLanguageTag(), after.locale().toLanguageTag());
    note(changes, "payment", before.payment(), after.payment());
    note(changes, "diet tags", before.dietTags(), after.dietTags());
    note(changes, "course order", before.courses().courses(), after.courses().courses());
    note(changes, "diet taxonomy", before.dietTaxonomy(), after.dietTaxonomy());
    note(changes, "allergen policy", before.allergenPolicy(), after.allergenPolicy());
    note(changes, "ordering limits", before.orderingLimits(), after.orderingLimits());
    note(
        changes,
        "notifications deferred during lunch",
        before.deferredDuringLunch(),
        after.deferredDuringLunch());
    note(changes, "identity provider", before.identityProvider(), after.identityProvider());
    note(
        changes,
        "patients' house diet",
        before.patients().houseDiet(),
        after.patients().houseDiet());
    note(
        changes,
        "record systems",
        before.patients().recordSystems(),
        after.patients().recordSystems());
    note(
        changes,
        "roles that order patients' meals",
        before.patients().mealOrderingRoles(),
        after.patients().mealOrderingRoles());
    note(
        changes,
        "late trays",
        before.patients().lateTrayMinutes(),
        after.patients().lateTrayMinutes());
    changes.addAll(
        byId("meal period", before.mealPeriods(), after.mealPeriods(), m -> m.id().value()));
    changes.addAll(byId("site", before.sites(), after.sites(), s -> s.slug().value()));
    return changes;
  }

  private static void note(List<String> changes, String what, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(what + " changed");
    }
  }

  private static <T> List<String> byId(
      String what, List<T> before, List<T> after, Function<T, String> id) {
    Set<String> beforeIds = before.stream().map(id).collect(Collectors.toSet());
    Set<String> afterIds = after.stream().map(id).collect(Collectors.toSet());
    List<String> changes = new ArrayList<>();
    after.stream()
        .map(id)
        .filter(i -> !beforeIds.contains(i))
        .forEach(i -> changes.add(what + " " + i + " added"));
    before.stream()
        .map(id)
        .filter(i -> !afterIds.contains(i))
        .forEach(i -> changes.add(what + " " + i + " removed"));
    Set<T> unchanged = new HashSet<>(before);
    after.stream()
        .filter(item -> beforeIds.contains(id.apply(item)) && !unchanged.contains(item))
        .forEach(item -> changes.add(what + " " + id.apply(item) + " changed"));
    return changes;
  }
}
