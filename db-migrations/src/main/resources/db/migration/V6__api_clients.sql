-- Machines of a hospital (ward tablets' back end, a patient-record integration) that call the API with
-- their own credentials. The secret is stored only as a PBKDF2 hash; it is shown once when registered.
create table api_client (
    id           bigint generated always as identity primary key,
    tenant_id    bigint       not null references tenant (id),
    client_id    varchar(64)  not null,
    name         varchar(200) not null,
    secret_hash  varchar(400) not null,
    active       boolean      not null default true,
    created_by   varchar(120) not null,
    created_at   timestamptz  not null default now(),
    constraint api_client_client_id_unique unique (client_id)
);
create index api_client_tenant on api_client (tenant_id);

create table api_client_role (
    api_client_id  bigint      not null references api_client (id) on delete cascade,
    role           varchar(32) not null,
    primary key (api_client_id, role),
    constraint api_client_role_known check (role in ('STAFF', 'WARD_STAFF', 'KITCHEN_MANAGER', 'TENANT_ADMIN'))
);

alter table api_client enable row level security;
alter table api_client force row level security;
create policy api_client_of_current_tenant on api_client
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table api_client_role enable row level security;
alter table api_client_role force row level security;
create policy api_client_role_of_current_tenant on api_client_role
    using (app_across_tenants()
           or exists (select 1 from api_client c where c.id = api_client_id and c.tenant_id = app_current_tenant()))
    with check (app_across_tenants()
           or exists (select 1 from api_client c where c.id = api_client_id and c.tenant_id = app_current_tenant()));
