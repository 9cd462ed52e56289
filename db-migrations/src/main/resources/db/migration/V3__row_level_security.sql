-- Tenant isolation in the database itself (decision 0005). The application connects as ${appRole}, which owns
-- nothing; these policies apply to it, and FORCE makes them apply to the owner as well. Each transaction says
-- whose data it works on with transaction-local settings:
--   app.tenant_id  the tenant's id, or empty
--   app.scope      'platform' for operations across tenants (registering, listing hospitals), else 'tenant'
-- With neither set, a tenant-owned table shows no row and accepts no row.

create function app_current_tenant() returns bigint
    language sql stable
    as $$ select nullif(current_setting('app.tenant_id', true), '')::bigint $$;

create function app_across_tenants() returns boolean
    language sql stable
    as $$ select coalesce(current_setting('app.scope', true), '') = 'platform' $$;

alter table tenant enable row level security;
alter table tenant force row level security;
create policy tenant_sees_only_itself on tenant
    using (app_across_tenants() or id = app_current_tenant())
    with check (app_across_tenants());

alter table site enable row level security;
alter table site force row level security;
create policy site_belongs_to_current_tenant on site
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

grant select, insert, update, delete on tenant, site to "${appRole}";
grant usage, select on all sequences in schema public to "${appRole}";
alter default privileges in schema public grant select, insert, update, delete on tables to "${appRole}";
alter default privileges in schema public grant usage, select on sequences to "${appRole}";

-- Liberty's batch job repository: no tenant data, used by the application's data source.
grant usage on schema jbatch to "${appRole}";
grant select, insert, update, delete on all tables in schema jbatch to "${appRole}";
grant usage, select on all sequences in schema jbatch to "${appRole}";
alter default privileges in schema jbatch grant select, insert, update, delete on tables to "${appRole}";
alter default privileges in schema jbatch grant usage, select on sequences to "${appRole}";
