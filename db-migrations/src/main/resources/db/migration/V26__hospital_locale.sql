-- The hospital's locale (issue 22): the language its people are given until they choose their own,
-- and the country whose formats its screens write. Kept beside the time zone, as its configuration
-- says it, so that a sign-in reads both in one row.
alter table tenant add column locale varchar(35) not null default 'en-GB';
alter table tenant add constraint tenant_locale_form check (locale ~ '^[a-z]{2}-[A-Z]{2}$');
