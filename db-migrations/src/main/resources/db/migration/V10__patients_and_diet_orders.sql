-- Patients and their diet orders (decision 0012). A patient's diet orders are history: a new order, a
-- hold (nil by mouth) or its release adds or ends a row and never rewrites one. The diet in force at a moment is
-- the newest order started by then; if that one has ended, there is none (an ended hold never brings back the diet
-- before it). Every change bumps the patient's diet_version, which a checkout re-reads under a row lock: a meal is
-- never written against a diet that changed while it was being checked.

create table patient (
    id             bigint generated always as identity primary key,
    tenant_id      bigint        not null references tenant (id),
    mrn            varchar(40)   not null,
    encounter      varchar(60),
    family_name    varchar(120)  not null,
    given_name     varchar(120)  not null default '',
    birth_date     date,
    site_id        bigint        references site (id),
    location_id    bigint        references location (id),
    bed            varchar(20),
    admitted_at    timestamptz,
    discharged_at  timestamptz,
    -- Allergies are the patient's, not one diet order's: a diet order that says nothing of them keeps them.
    allergies      varchar(32)[] not null default '{}',
    intolerances   varchar(500)  not null default '',
    diet_version   integer       not null default 0,
    constraint patient_mrn_unique unique (tenant_id, mrn)
);
create index patient_on_ward on patient (tenant_id, location_id, bed) where discharged_at is null;

create table diet_order (
    id              bigint generated always as identity primary key,
    tenant_id       bigint        not null references tenant (id),
    patient_id      bigint        not null references patient (id),
    npo             boolean       not null,
    diets           varchar(32)[] not null default '{}',
    food_level      integer       check (food_level between 3 and 7),
    drink_level     integer       check (drink_level between 0 and 4),
    cultural_needs  varchar(63)[] not null default '{}',
    supplements     varchar(500)  not null default '',
    starts_at       timestamptz   not null,
    -- The planned end (an NPO until after theatre); ended_at is when it was released or discontinued.
    ends_at         timestamptz,
    ended_at        timestamptz,
    source          varchar(8)    not null check (source in ('HL7', 'FHIR', 'MANUAL')),
    source_ref      varchar(120),
    entered_by      varchar(120)  not null,
    entered_at      timestamptz   not null,
    check (npo or (cardinality(diets) > 0 and food_level is not null and drink_level is not null)),
    check (ends_at is null or ends_at > starts_at)
);
create index diet_order_of_patient on diet_order (tenant_id, patient_id, starts_at desc, id desc);

-- A meal ordered for a patient (or for their guest or carer), with the diet it was checked against.
create table patient_meal (
    tenant_id     bigint        not null references tenant (id),
    order_id      bigint        not null,
    service_date  date          not null,
    patient_id    bigint        not null references patient (id),
    meal_for      varchar(8)    not null check (meal_for in ('PATIENT', 'GUEST', 'CARER')),
    diet_version  integer       not null,
    diets         varchar(32)[] not null default '{}',
    primary key (order_id, service_date),
    foreign key (order_id, service_date) references orders (id, service_date)
);
create index patient_meal_of_patient on patient_meal (tenant_id, patient_id, service_date);

-- A patient's meal whose diet changed after it was ordered: shown to the ward and the kitchen, held back from the
-- kitchen's status moves until someone has checked it (or it is cancelled). Re-raised by each further change.
create table meal_flag (
    id             bigint generated always as identity primary key,
    tenant_id      bigint        not null references tenant (id),
    order_id       bigint        not null,
    service_date   date          not null,
    patient_id     bigint        not null references patient (id),
    raised_at      timestamptz   not null,
    reason         varchar(300)  not null,
    still_safe     boolean       not null,
    conflicts      varchar(2000) not null default '',
    resolved_at    timestamptz,
    resolved_by    varchar(120),
    resolution     varchar(12)   check (resolution in ('CHECKED', 'CANCELLED')),
    check ((resolved_at is null) = (resolution is null)),
    foreign key (order_id, service_date) references orders (id, service_date)
);
create unique index meal_flag_open_once on meal_flag (order_id, service_date) where resolved_at is null;
create index meal_flag_open on meal_flag (tenant_id, service_date) where resolved_at is null;

-- Every message from a hospital's record, as received, with what became of it; a message without a known tenant
-- is kept too (tenant_id null, seen by platform operators only). The same message again is found by its key.
create table inbound_message (
    id            bigint generated always as identity primary key,
    tenant_id     bigint        references tenant (id),
    channel       varchar(8)    not null check (channel in ('HL7', 'FHIR')),
    sender        varchar(120)  not null,
    message_key   varchar(200)  not null,
    kind          varchar(40)   not null,
    body          text          not null,
    received_at   timestamptz   not null,
    acknowledgement varchar(2)  not null check (acknowledgement in ('AA', 'AE', 'AR')),
    reason        varchar(1000) not null default ''
);
create unique index inbound_message_once on inbound_message (coalesce(tenant_id, 0), channel, sender, message_key);
create index inbound_message_latest on inbound_message (tenant_id, received_at desc);

alter table patient enable row level security;
alter table patient force row level security;
create policy patient_of_current_tenant on patient
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table diet_order enable row level security;
alter table diet_order force row level security;
create policy diet_order_of_current_tenant on diet_order
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table patient_meal enable row level security;
alter table patient_meal force row level security;
create policy patient_meal_of_current_tenant on patient_meal
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table meal_flag enable row level security;
alter table meal_flag force row level security;
create policy meal_flag_of_current_tenant on meal_flag
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table inbound_message enable row level security;
alter table inbound_message force row level security;
create policy inbound_message_of_current_tenant on inbound_message
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

-- Dietitians enter and change diet orders; a record system (an API client) sends admissions and diet orders.
alter table user_role drop constraint user_role_known;
alter table user_role add constraint user_role_known check (role in ('STAFF', 'WARD_STAFF', 'DIETITIAN',
    'KITCHEN_MANAGER', 'TENANT_ADMIN', 'RECORD_SYSTEM', 'OPS', 'PLATFORM_ADMIN'));
alter table api_client_role drop constraint api_client_role_known;
alter table api_client_role add constraint api_client_role_known check (role in ('STAFF', 'WARD_STAFF', 'DIETITIAN',
    'KITCHEN_MANAGER', 'TENANT_ADMIN', 'RECORD_SYSTEM'));
