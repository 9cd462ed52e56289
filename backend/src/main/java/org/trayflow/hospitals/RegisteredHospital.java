package org.trayflow.hospitals;

import org.trayflow.identity.NewPerson;
import org.trayflow.tenancy.TenantSummary;

/**
 * A hospital just registered, with its first administrator and their first password, shown this
 * once.
 */
public record RegisteredHospital(TenantSummary hospital, NewPerson administrator) {}
