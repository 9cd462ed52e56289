-- Weekly menus: the kitchen's catalogue of dishes, and per site and week the dishes offered for each
-- day and meal period with their planned portions. A menu is a draft until published; a published version is
-- history and never changes (the triggers below), so an order can always show what it was placed on.

create table menu_item (
    id              bigint generated always as identity primary key,
    tenant_id       bigint        not null references tenant (id),
    name            varchar(200)  not null,
    description     varchar(2000) not null default '',
    category        varchar(40)   not null,
    portion_size    varchar(60)   not null,
    price           numeric(8, 2) not null check (price >= 0),
    allergens       varchar(32)[] not null default '{}',
    diet_tags       varchar(63)[] not null default '{}',
    iddsi_level     integer       check (iddsi_level between 0 and 7),
    energy_kcal     numeric(7, 1) check (energy_kcal >= 0),
    protein_g       numeric(6, 1) check (protein_g >= 0),
    carbohydrate_g  numeric(6, 1) check (carbohydrate_g >= 0),
    fat_g           numeric(6, 1) check (fat_g >= 0),
    salt_g          numeric(5, 2) check (salt_g >= 0),
    active          boolean       not null default true,
    constraint menu_item_name_unique unique (tenant_id, name)
);
create index menu_item_catalogue on menu_item (tenant_id, active, category, name);

create table weekly_menu (
    id            bigint generated always as identity primary key,
    tenant_id     bigint       not null references tenant (id),
    site_id       bigint       not null references site (id),
    week_start    date         not null check (extract(isodow from week_start) = 1),
    status        varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED')),
    version       integer      check ((status = 'DRAFT') = (version is null)),
    created_by    varchar(120) not null,
    created_at    timestamptz  not null,
    published_by  varchar(120),
    published_at  timestamptz,
    constraint weekly_menu_version_unique unique (tenant_id, site_id, week_start, version)
);
-- One draft per site and week; reads look for the newest published version.
create unique index weekly_menu_one_draft on weekly_menu (tenant_id, site_id, week_start) where status = 'DRAFT';
create index weekly_menu_newest_published on weekly_menu (tenant_id, site_id, week_start, version desc)
    where status = 'PUBLISHED';

create table menu_offer (
    id                bigint generated always as identity primary key,
    tenant_id         bigint      not null references tenant (id),
    weekly_menu_id    bigint      not null references weekly_menu (id),
    service_date      date        not null,
    meal_period       varchar(63) not null,
    menu_item_id      bigint      not null references menu_item (id),
    planned_portions  integer     not null check (planned_portions >= 0),
    constraint menu_offer_once unique (weekly_menu_id, service_date, meal_period, menu_item_id)
);
create index menu_offer_of_menu on menu_offer (tenant_id, weekly_menu_id, service_date, meal_period);

-- Published menus are immutable history, whatever the application does.
create function published_menu_is_immutable() returns trigger language plpgsql as $$
declare
    menu_id bigint;
begin
    if tg_table_name = 'weekly_menu' then
        if old.status = 'PUBLISHED' then
            raise exception 'weekly menu % is published and cannot change', old.id using errcode = 'check_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    menu_id := case when tg_op = 'INSERT' then new.weekly_menu_id else old.weekly_menu_id end;
    if exists (select 1 from weekly_menu m where m.id = menu_id and m.status = 'PUBLISHED') then
        raise exception 'weekly menu % is published and cannot change', menu_id using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger weekly_menu_published_is_immutable before update or delete on weekly_menu
    for each row execute function published_menu_is_immutable();
create trigger menu_offer_of_published_is_immutable before insert or update or delete on menu_offer
    for each row execute function published_menu_is_immutable();

alter table menu_item enable row level security;
alter table menu_item force row level security;
create policy menu_item_of_current_tenant on menu_item
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table weekly_menu enable row level security;
alter table weekly_menu force row level security;
create policy weekly_menu_of_current_tenant on weekly_menu
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());

alter table menu_offer enable row level security;
alter table menu_offer force row level security;
create policy menu_offer_of_current_tenant on menu_offer
    using (app_across_tenants() or tenant_id = app_current_tenant())
    with check (app_across_tenants() or tenant_id = app_current_tenant());
