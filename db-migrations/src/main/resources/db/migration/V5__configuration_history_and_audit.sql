-- Every accepted tenant configuration file, kept as a numbered version: who changed what, and when.
create table tenant_configuration (
    id          bigint generated always as identity primary key,
    tenant_id   bigint       not null references tenant (id),
    version     integer      not null,
    document    text         not null,
    changed_by  varchar(120) not null,
    changed_at  timestamptz  not null default now(),
    summary     text         not null,
    constraint tenant_configuration_version_unique unique (tenant_id, version)
);

alter table tenant_configuration enable row level security;
alter table tenant_configuration force row level security;
create policy tenant_configuration_of_current_tenant on tenant_configuration
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

-- What administrators did (platform actions have no tenant). Append-only for the application.
create table audit_entry (
    id         bigint generated always as identity primary key,
    tenant_id  bigint       references tenant (id),
    actor      varchar(120) not null,
    action     varchar(80)  not null,
    detail     text         not null,
    at         timestamptz  not null default now()
);
create index audit_entry_tenant_at on audit_entry (tenant_id, at desc);

alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy audit_entry_of_current_tenant on audit_entry
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());
revoke update, delete on audit_entry from "${appRole}";

-- A tenant's administrators may rename their organisation or change its time zone (never its slug: the
-- application refuses that); registering tenants stays a platform operation.
alter policy tenant_sees_only_itself on tenant
    with check (app_across_tenants() or id = app_current_tenant());

-- Sites and locations no longer in a tenant's configuration are kept (orders refer to them) but inactive.
alter table site add column active boolean not null default true;

create table location (
    id         bigint generated always as identity primary key,
    tenant_id  bigint       not null references tenant (id),
    site_id    bigint       not null references site (id),
    slug       varchar(63)  not null,
    name       varchar(200) not null,
    kind       varchar(20)  not null check (kind in ('ward', 'department', 'pick-up-point')),
    active     boolean      not null default true,
    constraint location_slug_unique_per_site unique (site_id, slug)
);
create index location_tenant on location (tenant_id);

alter table location enable row level security;
alter table location force row level security;
create policy location_belongs_to_current_tenant on location
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());
