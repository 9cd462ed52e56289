package org.trayflow.platform.tenant;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.trayflow.platform.logging.LogFields;
import org.trayflow.tenantconfig.Slug;

/**
 * Whose data the current thread works on: one tenant's, or every tenant's for a platform operation
 * (registering a hospital, listing them). Nothing set means no tenant's data at all: the database
 * then returns no tenant-owned row (decision 0005).
 *
 * <p>A scope must be entered before a transaction first uses the database, and ends with the work
 * given. It is the one way the tenant travels: services read it here (its id for the database, its
 * slug for Redis keys and metrics), never from a parameter beside it.
 */
public final class TenantScope {

  /** Hibernate's tenant identifier for platform operations: the "root" that sees every tenant. */
  public static final long ACROSS_TENANTS = 0L;

  /** Hibernate's tenant identifier when no scope is set; matches no tenant's rows. */
  public static final long NO_TENANT = -1L;

  private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();
  private static final String LOG_FIELD = "tenant";

  private TenantScope() {}

  public static <T> T asTenant(long tenantId, Slug slug, Supplier<T> work) {
    return within(Scope.ofTenant(tenantId, slug), work);
  }

  public static <T> T acrossTenants(Supplier<T> work) {
    return within(new Scope(ACROSS_TENANTS, null), work);
  }

  /**
   * Runs work in no scope, then gives the caller's scope back: for the few services that choose
   * their own scopes and are also called from a tenant's request (a person changing their password
   * checks it as sign-in does, across tenants). Never inside a transaction, whose connection keeps
   * the scope it began with.
   */
  public static <T> T outside(Supplier<T> work) {
    Scope outer = CURRENT.get();
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
  public static Entered enter(long tenantId, Slug slug) {
    Scope scope = Scope.ofTenant(tenantId, slug);
    if (CURRENT.get() != null) {
      throw new IllegalStateException(
          "already working for tenant scope " + CURRENT.get().identifier());
    }
    enterThread(scope);
    return TenantScope::forgetThreadScope;
  }

  static void forgetThreadScope() {
    CURRENT.remove();
    LogFields.remove(LOG_FIELD);
  }

  /** Hibernate and row security read the thread's scope; the log records carry it. */
  private static void enterThread(Scope scope) {
    CURRENT.set(scope);
    LogFields.put(
        LOG_FIELD,
        scope.identifier() == ACROSS_TENANTS ? "platform" : String.valueOf(scope.identifier()));
  }

  /**
   * @param slug the tenant's slug; none for the platform's scope across tenants
   */
  private record Scope(long identifier, Slug slug) {

    static Scope ofTenant(long tenantId, Slug slug) {
      if (tenantId <= 0) {
        throw new IllegalArgumentException("not a tenant id: " + tenantId);
      }
      return new Scope(tenantId, Objects.requireNonNull(slug, "slug"));
    }
  }

  /** A scope entered with {@link #enter}. */
  @FunctionalInterface
  public interface Entered extends AutoCloseable {
    @Override
    void close();
  }

  /** The tenant identifier for Hibernate and for PostgreSQL's row security. */
  public static long currentIdentifier() {
    Scope current = CURRENT.get();
    return current == null ? NO_TENANT : current.identifier();
  }

  /**
   * The tenant in scope, for work that exists only within one tenant; working outside one is a bug.
   */
  public static long requiredTenant() {
    return currentTenant()
        .orElseThrow(() -> new IllegalStateException("this work belongs to a tenant's scope"));
  }

  /** The slug of the tenant in scope: what its Redis keys and metrics are named by. */
  public static Slug requiredSlug() {
    Scope current = CURRENT.get();
    if (current == null || current.slug() == null) {
      throw new IllegalStateException("this work belongs to a tenant's scope");
    }
    return current.slug();
  }

  public static Optional<Long> currentTenant() {
    long current = currentIdentifier();
    return current > 0 ? Optional.of(current) : Optional.empty();
  }

  private static <T> T within(Scope scope, Supplier<T> work) {
    Scope outer = CURRENT.get();
    if (outer != null && outer.identifier() != scope.identifier()) {
      throw new IllegalStateException(
          "already working for tenant scope " + outer.identifier() + "; scopes do not nest");
    }
    enterThread(scope);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        forgetThreadScope();
      }
    }
  }
}
