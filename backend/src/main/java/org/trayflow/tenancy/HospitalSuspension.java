package org.trayflow.tenancy;

/**
 * The platform suspended a hospital, told inside the transaction that does it: whoever holds
 * sign-ins ends them in the same commit, so that a suspension is never half done.
 */
public record HospitalSuspension(long tenantId) {}
