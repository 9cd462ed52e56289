-- Credentials that stop at once (decision 0014). Revoking an API client, deactivating a person, changing
-- their roles or resetting their password bumps the principal's credential version; tokens and web sessions carry
-- the version they were issued under and are refused once it is older. Every app instance learns of a change from
-- Redis at once and from this column within a second (a poll of recent changes), so a request costs no query.
alter table user_account add column credential_version integer not null default 0;
alter table user_account add column credentials_changed_at timestamptz;
create index user_account_credentials_changed on user_account (credentials_changed_at)
    where credentials_changed_at is not null;

alter table api_client add column credential_version integer not null default 0;
alter table api_client add column credentials_changed_at timestamptz;
create index api_client_credentials_changed on api_client (credentials_changed_at)
    where credentials_changed_at is not null;
