-- The lunch checkout (decision 0009). PostgreSQL has the last word on every portion: slot_quota counts
-- what is ordered against what is planned, and a checkout's conditional update can never take it past the plan,
-- whatever Redis says. Orders, their lines, the idempotency record, the orderer's fencing token and the outbox row
-- are written in one transaction.

-- Portions of one dish in one slot (site, day, meal): planned by the published menu, ordered by placed orders.
-- Planned may drop below ordered when a new menu version cuts portions: nothing more is sold, nothing is taken back.
create table slot_quota (
    tenant_id     bigint      not null references tenant (id),
    site_id       bigint      not null references site (id),
    service_date  date        not null,
    meal_period   varchar(63) not null,
    menu_item_id  bigint      not null references menu_item (id),
    planned       integer     not null check (planned >= 0),
    ordered       integer     not null default 0 check (ordered >= 0),
    primary key (tenant_id, site_id, service_date, meal_period, menu_item_id)
);
create index slot_quota_by_day on slot_quota (service_date, tenant_id);

-- Orders are partitioned by the day they are served: the rush writes into one small partition, history is read
-- by day, and old months can be detached and archived whole.
create sequence orders_id_seq;
create table orders (
    id               bigint       not null default nextval('orders_id_seq'),
    tenant_id        bigint       not null references tenant (id),
    site_id          bigint       not null references site (id),
    location_id      bigint       not null references location (id),
    service_date     date         not null,
    meal_period      varchar(63)  not null,
    menu_version     integer      not null,
    orderer          varchar(120) not null,
    status           varchar(16)  not null check (status in ('PLACED', 'CANCELLED')),
    placed_at        timestamptz  not null,
    cancelled_at     timestamptz  check ((status = 'CANCELLED') = (cancelled_at is not null)),
    -- The orderer's lock token when placed; null when placed through the PostgreSQL-only path (Redis down).
    fencing_token    bigint,
    idempotency_key  varchar(120) not null,
    primary key (id, service_date)
) partition by range (service_date);
alter sequence orders_id_seq owned by orders.id;
-- History, newest first, paged by (placed_at, id) cursors: per orderer, and per location and day.
create index orders_of_orderer on orders (tenant_id, orderer, placed_at desc, id desc);
create index orders_of_location on orders (tenant_id, location_id, service_date, placed_at desc, id desc);
-- The per-orderer limit of orders per slot.
create index orders_of_orderer_slot on orders (tenant_id, orderer, service_date, meal_period, site_id)
    where status = 'PLACED';

create table order_line (
    tenant_id     bigint       not null references tenant (id),
    order_id      bigint       not null,
    service_date  date         not null,
    menu_item_id  bigint       not null references menu_item (id),
    item_name     varchar(200) not null,
    quantity      integer      not null check (quantity between 1 and 50),
    primary key (order_id, service_date, menu_item_id),
    foreign key (order_id, service_date) references orders (id, service_date)
) partition by range (service_date);

-- One request per orderer and Idempotency-Key: the same key again finds the order it made.
create table order_request (
    tenant_id        bigint       not null references tenant (id),
    orderer          varchar(120) not null,
    idempotency_key  varchar(120) not null,
    request_hash     varchar(64)  not null,
    order_id         bigint       not null,
    service_date     date         not null,
    created_at       timestamptz  not null,
    primary key (tenant_id, orderer, idempotency_key)
);

-- The newest lock token seen per orderer: a write carrying an older token comes from a holder whose lease ran out.
create table orderer_fence (
    tenant_id  bigint       not null references tenant (id),
    orderer    varchar(120) not null,
    token      bigint       not null,
    primary key (tenant_id, orderer)
);

-- Work that must happen but not now (confirmations, e-mails, analytics): written with the order, delivered later.
create table outbox_message (
    id            bigint generated always as identity primary key,
    tenant_id     bigint       not null references tenant (id),
    site_id       bigint       references site (id),
    kind          varchar(40)  not null,
    payload       jsonb        not null,
    created_at    timestamptz  not null,
    delivered_at  timestamptz
);
create index outbox_message_undelivered on outbox_message (created_at) where delivered_at is null;

-- Monthly partitions, made ahead of time by the quota job; the default partitions catch any day outside them so
-- that an order is never refused for want of a partition.
create function create_order_partitions(first_month date, months integer) returns integer
    language plpgsql security definer set search_path = public as $$
declare
    month_start date;
    made integer := 0;
begin
    for i in 0 .. months - 1 loop
        month_start := (date_trunc('month', first_month) + make_interval(months => i))::date;
        if to_regclass('orders_' || to_char(month_start, 'YYYY_MM')) is null then
            execute format('create table %I partition of orders for values from (%L) to (%L)',
                'orders_' || to_char(month_start, 'YYYY_MM'), month_start, (month_start + interval '1 month')::date);
            execute format('create table %I partition of order_line for values from (%L) to (%L)',
                'order_line_' || to_char(month_start, 'YYYY_MM'), month_start, (month_start + interval '1 month')::date);
            made := made + 1;
        end if;
    end loop;
    return made;
end $$;
revoke all on function create_order_partitions(date, integer) from public;
grant execute on function create_order_partitions(date, integer) to "${appRole}";

create table orders_default partition of orders default;
create table order_line_default partition of order_line default;
select create_order_partitions((current_date - interval '1 month')::date, 4);

alter table slot_quota enable row level security;
alter table slot_quota force row level security;
create policy slot_quota_of_current_tenant on slot_quota
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table orders enable row level security;
alter table orders force row level security;
create policy orders_of_current_tenant on orders
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table order_line enable row level security;
alter table order_line force row level security;
create policy order_line_of_current_tenant on order_line
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table order_request enable row level security;
alter table order_request force row level security;
create policy order_request_of_current_tenant on order_request
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table orderer_fence enable row level security;
alter table orderer_fence force row level security;
create policy orderer_fence_of_current_tenant on orderer_fence
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table outbox_message enable row level security;
alter table outbox_message force row level security;
create policy outbox_message_of_current_tenant on outbox_message
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());
