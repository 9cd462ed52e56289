-- Tenants are hospital organisations; sites are their hospitals or campuses.
create table tenant (
    id          bigint generated always as identity primary key,
    slug        varchar(63)  not null,
    name        varchar(200) not null,
    time_zone   varchar(64)  not null,
    created_at  timestamptz  not null default now(),
    constraint tenant_slug_unique unique (slug),
    constraint tenant_slug_form check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create table site (
    id          bigint generated always as identity primary key,
    tenant_id   bigint       not null references tenant (id),
    slug        varchar(63)  not null,
    name        varchar(200) not null,
    created_at  timestamptz  not null default now(),
    constraint site_slug_unique_per_tenant unique (tenant_id, slug),
    constraint site_slug_form check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
