-- What staff pay for their own meals (docs/payments.md), decided in the order's own transaction: a daily
-- allowance spent per person and service day, a prepaid wallet's balance (negative down to the hospital's
-- overdraft limit), and the ledger of every movement, which the payroll export and the person's statement read.
-- Each limit is kept by a conditional update of one row, so that concurrent checkouts of one person can never
-- spend past it whatever instance runs them.

create table allowance_day (
    tenant_id     bigint        not null references tenant (id),
    username      varchar(120)  not null,
    service_date  date          not null,
    spent         numeric(10, 2) not null check (spent >= 0),
    primary key (tenant_id, username, service_date)
);

create table wallet (
    tenant_id  bigint         not null references tenant (id),
    username   varchar(120)   not null,
    balance    numeric(10, 2) not null,
    primary key (tenant_id, username)
);

create table account_movement (
    id            bigint generated always as identity primary key,
    tenant_id     bigint         not null references tenant (id),
    username      varchar(120)   not null,
    kind          varchar(8)     not null check (kind in ('CHARGE', 'REFUND', 'TOP_UP')),
    -- how it was paid, kept so that a refund goes back the way the charge came whatever the hospital changed since
    paid_by       varchar(20)    not null check (paid_by in ('ALLOWANCE', 'PAYROLL_DEDUCTION', 'WALLET')),
    amount        numeric(10, 2) not null check (amount > 0),
    currency      char(3)        not null,
    order_id      bigint,
    service_date  date,
    recorded_at   timestamptz    not null,
    recorded_by   varchar(120)   not null,
    reference     varchar(200)   not null default '',
    check ((kind = 'TOP_UP') = (order_id is null)),
    check (kind <> 'TOP_UP' or paid_by = 'WALLET')
);
-- one charge and at most one refund per order
create unique index account_movement_once_per_order on account_movement (order_id, kind) where order_id is not null;
create index account_movement_of_person on account_movement (tenant_id, username, recorded_at desc);
create index account_movement_by_time on account_movement (tenant_id, recorded_at);

alter table allowance_day enable row level security;
alter table allowance_day force row level security;
create policy allowance_day_of_current_tenant on allowance_day
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table wallet enable row level security;
alter table wallet force row level security;
create policy wallet_of_current_tenant on wallet
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table account_movement enable row level security;
alter table account_movement force row level security;
create policy account_movement_of_current_tenant on account_movement
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());
-- the ledger is history: what was charged stays charged, corrected only by a further movement
revoke update, delete on account_movement from "${appRole}";
