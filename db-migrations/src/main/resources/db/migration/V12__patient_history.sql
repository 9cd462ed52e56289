-- A patient's history as the ward reads it: every change of their diet, allergies, texture or hold, with
-- where it came from (the record's message and sender, or the person), in the change's own transaction. A change
-- that loosens what the patient may be served (an allergy removed, a higher IDDSI food level or thinner drinks, a
-- diet or a hold ended) names what loosens and waits for someone on the ward or a dietitian to look at it.
create table patient_change (
    id           bigint generated always as identity primary key,
    tenant_id    bigint        not null references tenant (id),
    patient_id   bigint        not null references patient (id),
    changed_at   timestamptz   not null,
    what         varchar(40)   not null,
    summary      varchar(1000) not null,
    source       varchar(500)  not null,
    loosens      varchar(1000),
    reviewed_at  timestamptz,
    reviewed_by  varchar(120),
    check (loosens is not null or reviewed_at is null),
    check ((reviewed_at is null) = (reviewed_by is null))
);
create index patient_change_of_patient on patient_change (tenant_id, patient_id, changed_at desc, id desc);
create index patient_change_to_review on patient_change (tenant_id, patient_id)
    where loosens is not null and reviewed_at is null;

alter table patient_change enable row level security;
alter table patient_change force row level security;
create policy patient_change_of_current_tenant on patient_change
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());
