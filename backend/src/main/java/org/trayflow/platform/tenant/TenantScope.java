package org.trayflow.platform.tenant;

import java.util.Optional;
import java.util.function.Supplier;
import org.trayflow.platform.logging.LogFields;

/**
 * Whose data the current thread works on: one tenant's, or every tenant's for a platform operation
 * (registering a hospital, listing them). Nothing set means no tenant's data at all: the database
 * then returns no tenant-owned row (decision 0005).
 *
 * <p>A scope must be entered before a transaction first uses the database, and ends with the work
 * given.
 */
public final class TenantScope {

  /** Hibernate's tenant identifier for platform operations: the "root" that sees every tenant. */
  public static final long ACROSS_TENANTS = 0L;

  /** Hibernate's tenant identifier when no scope is set; matches no tenant's rows. */
  public static final long NO_TENANT = -1L;

  private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();
  private static final String LOG_FIELD = "tenant";

  private TenantScope() {}

  public static <T> T asTenant(long tenantId, Supplier<T> work) {
    if (tenantId <= 0) {
      throw new IllegalArgumentException("not a tenant id: " + tenantId);
    }
    return within(tenantId, work);
  }

  public static <T> T acrossTenants(Supplier<T> work) {
    return within(ACROSS_TENANTS, work);
  }

  /**
   * Runs work in no scope, then gives the caller's scope back: for the few services that choose
   * their own scopes and are also called from a tenant's request (a person changing their password
   * checks it as sign-in does, across tenants). Never inside a transaction, whose connection keeps
   * the scope it began with.
   */
  public static <T> T outside(Supplier<T> work) {
    Long outer = CURRENT.get();
    forgetThreadScope();
    try {
      return work.get();
    } finally {
      if (outer != null) {
        enterThread(outer);
      }
    }
  }

  /**
   * Enters a scope for work whose start and end are separate callbacks (a web request); close the
   * result at the end. Prefer {@link #asTenant} and {@link #acrossTenants} wherever the work is one
   * call.
   */
  public static Entered enter(long identifier) {
    if (CURRENT.get() != null) {
      throw new IllegalStateException("already working for tenant scope " + CURRENT.get());
    }
    enterThread(identifier);
    return TenantScope::forgetThreadScope;
  }

  static void forgetThreadScope() {
    CURRENT.remove();
    LogFields.remove(LOG_FIELD);
  }

  /** Hibernate and row security read the thread's scope; the log records carry it. */
  private static void enterThread(long identifier) {
    CURRENT.set(identifier);
    LogFields.put(
        LOG_FIELD, identifier == ACROSS_TENANTS ? "platform" : String.valueOf(identifier));
  }

  /** A scope entered with {@link #enter}. */
  @FunctionalInterface
  public interface Entered extends AutoCloseable {
    @Override
    void close();
  }

  /** The tenant identifier for Hibernate and for PostgreSQL's row security. */
  public static long currentIdentifier() {
    Long current = CURRENT.get();
    return current == null ? NO_TENANT : current;
  }

  /**
   * The tenant in scope, for work that exists only within one tenant; working outside one is a bug.
   */
  public static long requiredTenant() {
    return currentTenant()
        .orElseThrow(() -> new IllegalStateException("this work belongs to a tenant's scope"));
  }

  public static Optional<Long> currentTenant() {
    long current = currentIdentifier();
    return current > 0 ? Optional.of(current) : Optional.empty();
  }

  private static <T> T within(long identifier, Supplier<T> work) {
    Long outer = CURRENT.get();
    if (outer != null && outer != identifier) {
      throw new IllegalStateException(
          "already working for tenant scope " + outer + "; scopes do not nest");
    }
    enterThread(identifier);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        forgetThreadScope();
      }
    }
  }
}
