package org.trayflow.platform.tenant;

/**
 * The claims by which a bearer token names its tenant: the internal id scopes, the slug matches
 * paths.
 */
public final class TenantClaims {

  public static final String TENANT_ID = "tenant_id";
  public static final String TENANT = "tenant";

  private TenantClaims() {}
}
