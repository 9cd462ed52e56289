package org.trayflow.platform.persistence;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.trayflow.platform.tenant.TenantScope;

/** Tells Hibernate's tenant discriminator ({@code @TenantId}) whose rows a new session may see. */
public class ScopedTenantResolver implements CurrentTenantIdentifierResolver<Long> {

  @Override
  public Long resolveCurrentTenantIdentifier() {
    return TenantScope.currentIdentifier();
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return true;
  }

  @Override
  public boolean isRoot(Long tenantIdentifier) {
    return tenantIdentifier == TenantScope.ACROSS_TENANTS;
  }
}
