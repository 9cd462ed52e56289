package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.trayflow.ids.PatientId;
import org.trayflow.menus.Allergen;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.DemoTenantsReady;
import org.trayflow.tenancy.LocationSummary;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TherapeuticDiet;

/** Six patients on each demo hospital's first ward, between them every state a ward board shows. */
@ApplicationScoped
public class DemoPatients {

  private static final Logger LOG = Logger.getLogger(DemoPatients.class.getName());
  private static final ChangeSource BY = ChangeSource.person("demo-ward");

  @Inject Patients patients;
  @Inject DietOrders dietOrders;
  @Inject Sites sites;
  @Inject Clock clock;

  void onDemoTenantsReady(@Observes DemoTenantsReady ready) {
    for (DemoTenantsReady.DemoTenant tenant : ready.tenants()) {
      TenantScope.asTenant(
          tenant.id(),
          new Slug(tenant.slug()),
          () -> {
            firstWard()
                .filter(ward -> patients.onWard(ward.id()).isEmpty())
                .ifPresent(ward -> admit(ward.site(), ward.slug(), tenant.slug()));
            return null;
          });
    }
  }

  private record Ward(String site, String slug, long id) {}

  private Optional<Ward> firstWard() {
    for (Map.Entry<String, List<LocationSummary>> site : sites.listLocations().entrySet()) {
      for (LocationSummary location : site.getValue()) {
        if (location.kind().equals("ward")) {
          long siteId = sites.findSiteId(site.getKey()).orElseThrow();
          return Optional.of(
              new Ward(
                  site.getKey(),
                  location.slug(),
                  sites.findLocationId(siteId, location.slug()).orElseThrow()));
        }
      }
    }
    return Optional.empty();
  }

  private void admit(String site, String ward, String tenant) {
    Instant now = clock.instant();
    Instant since = now.minus(Duration.ofDays(2));
    PatientId okafor = place("D1001", "OKAFOR", "Grace", site, ward, "1", since);
    diet(okafor, Set.of(TherapeuticDiet.REGULAR), 7, 0, Set.of(), NutritionTargets.NONE, since);
    PatientId brennan = place("D1002", "BRENNAN", "Patrick", site, ward, "2", since);
    dietOrders.declareAllergies(brennan, new Allergies(EnumSet.of(Allergen.PEANUTS), ""), BY);
    diet(brennan, Set.of(TherapeuticDiet.DIABETIC), 7, 0, Set.of(), NutritionTargets.NONE, since);
    PatientId nowak = place("D1003", "NOWAK", "Zofia", site, ward, "3", since);
    // a renal diet that limits protein, as dietitians write one
    diet(
        nowak,
        Set.of(TherapeuticDiet.RENAL, TherapeuticDiet.LOW_SODIUM),
        5,
        2,
        Set.of(),
        new NutritionTargets(new BigDecimal("1800"), new BigDecimal("50")),
        since);
    PatientId haddad = place("D1004", "HADDAD", "Samir", site, ward, "4", since);
    diet(haddad, Set.of(TherapeuticDiet.REGULAR), 7, 0, Set.of(), NutritionTargets.NONE, since);
    dietOrders.order(
        haddad,
        NewDietOrder.nilByMouth(
            now.minus(Duration.ofHours(1)),
            now.plus(Duration.ofHours(20)),
            "fasting before theatre",
            "MANUAL",
            null),
        BY);
    place("D1005", "LINDQVIST", "Astrid", site, ward, "5", now.minus(Duration.ofHours(1)));
    PatientId rahman = place("D1006", "RAHMAN", "Amina", site, ward, "6", since);
    dietOrders.declareAllergies(rahman, new Allergies(EnumSet.of(Allergen.MILK), "kiwi"), BY);
    diet(
        rahman,
        Set.of(TherapeuticDiet.REGULAR),
        7,
        0,
        Set.of("halal"),
        NutritionTargets.NONE,
        since);
    LOG.info(() -> "Demo patients admitted to " + site + "/" + ward + " of " + tenant);
  }

  private PatientId place(
      String mrn,
      String family,
      String given,
      String site,
      String ward,
      String bed,
      Instant since) {
    return patients.place(
        new Placement(
            mrn, family, given, null, "V" + mrn, site, ward, bed, since, Optional.empty()));
  }

  private void diet(
      PatientId patient,
      Set<TherapeuticDiet> diets,
      int food,
      int drink,
      Set<String> needs,
      NutritionTargets targets,
      Instant from) {
    dietOrders.order(
        patient,
        new NewDietOrder(
            false, diets, food, drink, needs, "", from, null, "MANUAL", null, null, targets),
        BY);
  }
}
