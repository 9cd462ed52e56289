package org.trayflow.it;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.Slug;

/** For in-server tests: work done as one tenant in one transaction of its own. */
public final class TenantTransactions {

  private TenantTransactions() {}

  /** Works as the tenant in one transaction, rolled back if the work fails. */
  public static <T> T inTransactionAs(long tenant, Callable<T> work) throws Exception {
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
    String slug =
        CDI.current().select(TenantDirectory.class).get().findTenant(tenant).orElseThrow().slug();
    return TenantScope.asTenant(
        tenant,
        new Slug(slug),
        () -> {
          try {
            transaction.begin();
            T result = work.call();
            transaction.commit();
            return result;
          } catch (Exception e) {
            rollBack(transaction);
            throw new IllegalStateException(e);
          }
        });
  }

  private static void rollBack(UserTransaction transaction) {
    try {
      transaction.rollback();
    } catch (Exception alreadyEnded) {
      // the failed commit ended it
    }
  }
}
