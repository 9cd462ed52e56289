package org.trayflow.tenantconfig;

/** A valid tenant configuration file that a test changes in one place to see one problem. */
record TenantFile(String yaml) {

  static TenantFile valid() {
    return new TenantFile(
        """
        slug: st-elsewhere
        name: St Elsewhere
        timeZone: Europe/Dublin
        payment:
          mode: allowance
          currency: EUR
          dailyAllowance: 9.50
        dietTags: [vegetarian, halal]
        allergenPolicy: {scheme: eu-14, declarationRequired: true}
        mealPeriods:
          - id: breakfast
            name: Breakfast
            service: {from: "07:00", to: "09:30"}
            orderingOpens: {daysBefore: 2, at: "12:00"}
            orderingCloses: {daysBefore: 1, at: "18:00"}
            cutOff: {daysBefore: 1, at: "20:00"}
            defaultPortions: 100
          - id: lunch
            name: Lunch
            service: {from: "11:30", to: "14:00"}
            orderingOpens: {daysBefore: 1, at: "12:00"}
            orderingCloses: {daysBefore: 0, at: "10:30"}
            cutOff: {daysBefore: 0, at: "11:00"}
            defaultPortions: 300
        orderingLimits: {ordersPerSlot: 2, ordersPerMinute: 10}
        deferredDuringLunch: [order-confirmed, menu-published]
        sites:
          - slug: main
            name: Main Hospital
            lunchWindow: {from: "12:00", to: "13:30"}
            locations:
              - {slug: ward-1, name: Ward 1, kind: ward}
              - {slug: cafe, name: Cafe, kind: pick-up-point}
        """);
  }

  TenantFile replace(String target, String replacement) {
    if (!yaml.contains(target)) {
      throw new IllegalArgumentException("the valid file has no '" + target + "'");
    }
    return new TenantFile(yaml.replace(target, replacement));
  }
}
