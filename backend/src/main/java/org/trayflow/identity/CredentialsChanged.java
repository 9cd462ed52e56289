package org.trayflow.identity;

/**
 * A principal's credentials moved to a new version: what was issued under an older one stops now.
 */
public record CredentialsChanged(String principal, int version) {}
