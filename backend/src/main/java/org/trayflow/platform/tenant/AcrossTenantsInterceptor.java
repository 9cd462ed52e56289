package org.trayflow.platform.tenant;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs before the transaction interceptor, so that the transaction's first database use is already
 * scoped.
 */
@AcrossTenants
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
class AcrossTenantsInterceptor {

  @AroundInvoke
  Object acrossTenants(InvocationContext invocation) throws Exception {
    try {
      return TenantScope.acrossTenants(() -> proceed(invocation));
    } catch (ProceedFailed failed) {
      throw failed.cause;
    }
  }

  private static Object proceed(InvocationContext invocation) {
    try {
      return invocation.proceed();
    } catch (Exception e) {
      throw new ProceedFailed(e);
    }
  }

  /** Carries a checked exception through the Supplier and out again unchanged. */
  private static final class ProceedFailed extends RuntimeException {
    private final Exception cause;

    ProceedFailed(Exception cause) {
      super(null, null, false, false);
      this.cause = cause;
    }
  }
}
