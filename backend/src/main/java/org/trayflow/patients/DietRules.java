package org.trayflow.patients;

import org.trayflow.tenantconfig.AllergenPolicy.MayContain;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;
import org.trayflow.tenantconfig.DietTaxonomy;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * What a hospital decides about judging a dish against a diet: which diet tags meet which needs,
 * and whether a "may contain" label is served to a patient allergic to it.
 */
public record DietRules(DietTaxonomy taxonomy, MayContain mayContain, Scheme scheme) {

  /**
   * What a hospital that wrote nothing has: vegan meets vegetarian, and "may contain" is refused.
   */
  public static final DietRules DEFAULT =
      new DietRules(DietTaxonomy.NONE, MayContain.REFUSE, Scheme.EU_14);

  public static DietRules of(TenantConfiguration hospital) {
    return new DietRules(
        hospital.dietTaxonomy(),
        hospital.allergenPolicy().mayContain(),
        hospital.allergenPolicy().scheme());
  }

  boolean refusesTraces() {
    return mayContain == MayContain.REFUSE;
  }
}
