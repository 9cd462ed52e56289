package org.trayflow.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trayflow.platform.redis.TenantKey;
import org.trayflow.tenantconfig.Slug;

class TenantScopeTest {

  private static final Slug ST_MUNGOS = new Slug("st-mungos");

  @Test
  void work_in_a_tenants_scope_knows_its_id_and_slug_and_nothing_after() {
    String key =
        TenantScope.asTenant(
            7,
            ST_MUNGOS,
            () -> {
              assertThat(TenantScope.requiredTenant()).isEqualTo(7);
              return TenantKey.of("quota:1");
            });

    assertThat(key).isEqualTo("trayflow:{st-mungos}:quota:1");
    assertThat(TenantScope.currentIdentifier()).isEqualTo(TenantScope.NO_TENANT);
    assertThatThrownBy(TenantScope::requiredSlug).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void platform_work_across_tenants_has_no_tenant_to_name_keys_by() {
    TenantScope.acrossTenants(
        () -> {
          assertThatThrownBy(TenantScope::requiredSlug).isInstanceOf(IllegalStateException.class);
          assertThat(TenantScope.currentTenant()).isEmpty();
          return null;
        });
  }

  @Test
  void a_scope_does_not_nest_inside_another_tenants() {
    assertThatThrownBy(
            () ->
                TenantScope.asTenant(
                    7, ST_MUNGOS, () -> TenantScope.asTenant(8, new Slug("riverside"), () -> 1)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(TenantScope.currentIdentifier()).isEqualTo(TenantScope.NO_TENANT);
  }

  @Test
  void a_tenants_scope_needs_a_tenant() {
    assertThatThrownBy(() -> TenantScope.asTenant(0, ST_MUNGOS, () -> 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TenantScope.enter(7, null)).isInstanceOf(NullPointerException.class);
  }
}
