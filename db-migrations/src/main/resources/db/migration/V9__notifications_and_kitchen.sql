-- After the rush (decision 0010). Each outbox message is dispatched once its site's lunch window allows it: one
-- delivery per recipient and channel, sent at least once under a stable id, retried with back-off, dead after a few
-- attempts (and re-drivable). The in-app inbox is a channel whose item is written with the delivery's mark, so it
-- is never doubled. Orders gain the kitchen's statuses.

alter table user_account add column email varchar(254);
alter table user_account add column language varchar(8) not null default 'en'
    check (language in ('en', 'fr'));

alter table outbox_message add column dispatched_at timestamptz;
drop index outbox_message_undelivered;
alter table outbox_message drop column delivered_at;
create index outbox_message_undispatched on outbox_message (tenant_id, id) where dispatched_at is null;

create table notification_delivery (
    id               bigint generated always as identity primary key,
    tenant_id        bigint        not null references tenant (id),
    message_id       bigint        not null references outbox_message (id),
    recipient        varchar(120)  not null,
    channel          varchar(8)    not null check (channel in ('EMAIL', 'INBOX')),
    status           varchar(8)    not null default 'PENDING' check (status in ('PENDING', 'SENT', 'DEAD')),
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(500),
    sent_at          timestamptz,
    constraint notification_delivery_once unique (message_id, recipient, channel)
);
create index notification_delivery_due on notification_delivery (tenant_id, next_attempt_at, id)
    where status = 'PENDING';
create index notification_delivery_dead on notification_delivery (tenant_id, id) where status = 'DEAD';

create table inbox_item (
    delivery_id  bigint        primary key references notification_delivery (id),
    tenant_id    bigint        not null references tenant (id),
    recipient    varchar(120)  not null,
    subject      varchar(300)  not null,
    body         text          not null,
    created_at   timestamptz   not null,
    read_at      timestamptz
);
create index inbox_item_of_recipient on inbox_item (tenant_id, recipient, created_at desc);

-- A person's choice per kind; no row means the kind's default.
create table notification_preference (
    tenant_id  bigint        not null references tenant (id),
    username   varchar(120)  not null,
    kind       varchar(40)   not null,
    by_email   boolean       not null,
    in_inbox   boolean       not null,
    primary key (tenant_id, username, kind)
);

-- A tenant's own wording of a kind in a language; without one, Trayflow's own template is used.
create table notification_template (
    tenant_id  bigint        not null references tenant (id),
    kind       varchar(40)   not null,
    language   varchar(8)    not null,
    subject    varchar(300)  not null,
    body       text          not null,
    primary key (tenant_id, kind, language)
);

alter table orders drop constraint orders_status_check;
alter table orders add constraint orders_status_check
    check (status in ('PLACED', 'IN_PREPARATION', 'READY', 'DELIVERED', 'COLLECTED', 'CANCELLED'));
drop index orders_of_orderer_slot;
create index orders_of_orderer_slot on orders (tenant_id, orderer, service_date, meal_period, site_id)
    where status <> 'CANCELLED';
-- The kitchen's tallies read one slot's orders.
create index orders_of_slot on orders (tenant_id, site_id, service_date, meal_period) where status <> 'CANCELLED';

alter table notification_delivery enable row level security;
alter table notification_delivery force row level security;
create policy notification_delivery_of_current_tenant on notification_delivery
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table inbox_item enable row level security;
alter table inbox_item force row level security;
create policy inbox_item_of_current_tenant on inbox_item
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table notification_preference enable row level security;
alter table notification_preference force row level security;
create policy notification_preference_of_current_tenant on notification_preference
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table notification_template enable row level security;
alter table notification_template force row level security;
create policy notification_template_of_current_tenant on notification_template
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

-- A message that must be written once only (a cut-off reminder per person and meal, a dish nearly sold out per slot)
-- carries a key; writing it twice does nothing.
alter table outbox_message add column once_key varchar(200);
create unique index outbox_message_once on outbox_message (tenant_id, once_key) where once_key is not null;
