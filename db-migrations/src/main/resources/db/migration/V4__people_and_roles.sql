-- People who sign in: hospital staff (of one tenant) and platform staff (no tenant: PLATFORM_ADMIN, OPS).
create table user_account (
    id               bigint generated always as identity primary key,
    tenant_id        bigint       references tenant (id),
    username         varchar(120) not null,
    display_name     varchar(200) not null,
    password_hash    varchar(400) not null,
    failed_sign_ins  integer      not null default 0,
    locked_until     timestamptz,
    active           boolean      not null default true,
    created_at       timestamptz  not null default now(),
    constraint user_account_username_unique unique (username),
    constraint user_account_username_form check (username = lower(username) and length(username) >= 3)
);
create index user_account_tenant on user_account (tenant_id);

create table user_role (
    user_id  bigint      not null references user_account (id) on delete cascade,
    role     varchar(32) not null,
    primary key (user_id, role),
    constraint user_role_known check (role in ('STAFF', 'WARD_STAFF', 'KITCHEN_MANAGER', 'TENANT_ADMIN', 'OPS', 'PLATFORM_ADMIN'))
);

-- Platform staff see every tenant; a hospital's people only their own (decision 0005).
alter table user_account enable row level security;
alter table user_account force row level security;
create policy user_account_of_current_tenant on user_account
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table user_role enable row level security;
alter table user_role force row level security;
create policy user_role_of_current_tenant on user_role
    using (app_across_tenants()
           or exists (select 1 from user_account a where a.id = user_id and a.tenant_id = app_current_tenant()))
    with check (app_across_tenants()
           or exists (select 1 from user_account a where a.id = user_id and a.tenant_id = app_current_tenant()));

-- The sites a person works at (ordering, kitchen and ward views default to them).
create table user_site (
    user_id  bigint not null references user_account (id) on delete cascade,
    site_id  bigint not null references site (id) on delete cascade,
    primary key (user_id, site_id)
);
create index user_site_site on user_site (site_id);

alter table user_site enable row level security;
alter table user_site force row level security;
create policy user_site_of_current_tenant on user_site
    using (app_across_tenants()
           or exists (select 1 from site s where s.id = site_id and s.tenant_id = app_current_tenant()))
    with check (app_across_tenants()
           or exists (select 1 from site s where s.id = site_id and s.tenant_id = app_current_tenant()));
