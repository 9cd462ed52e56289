-- A sign-in for one admission, which the ward hands a patient (or a relative on their behalf) to choose meals at the
-- bedside: a short code (also printed as a QR code), kept only as its SHA-256 so that the table gives no code away.
-- It opens nothing once ended by the ward, and nothing once the patient is discharged, whatever this row says.
create table bedside_pass (
    id          bigint generated always as identity primary key,
    tenant_id   bigint       not null references tenant (id),
    patient_id  bigint       not null references patient (id),
    code_sha256 char(64)     not null unique,
    holder      varchar(120) not null,
    issued_by   varchar(120) not null,
    issued_at   timestamptz  not null,
    ended_by    varchar(120),
    ended_at    timestamptz,
    check ((ended_by is null) = (ended_at is null))
);
create index bedside_pass_of_patient on bedside_pass (tenant_id, patient_id, issued_at desc);

alter table bedside_pass enable row level security;
alter table bedside_pass force row level security;
create policy bedside_pass_of_current_tenant on bedside_pass
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());
