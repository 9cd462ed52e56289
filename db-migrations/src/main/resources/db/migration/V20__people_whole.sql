-- A first or reset password was chosen by Trayflow and seen by an administrator: the person must replace it at
-- their next sign-in before they can do anything else. The people already here chose theirs.
alter table user_account add column must_change_password boolean not null default false;

-- When the person last signed in, for the platform's view of each hospital's activity and for finding accounts
-- nobody uses any more.
alter table user_account add column last_signed_in_at timestamptz;

-- Whether a user name is someone's already, in any hospital: names are unique across hospitals (sign-in needs no
-- hospital code), so a hospital adding people must know, and row security hides the others' people. Only the
-- answer leaves the function; the platform scope it takes for the look-up is given back before it returns.
create function user_name_taken(candidate text) returns boolean
    language plpgsql volatile set search_path = public as $$
declare
    scope_before text := coalesce(current_setting('app.scope', true), '');
    taken boolean;
begin
    perform set_config('app.scope', 'platform', true);
    select exists (select 1 from user_account where username = candidate) into taken;
    perform set_config('app.scope', scope_before, true);
    return taken;
end $$;

-- A hospital the platform suspended: nobody of it signs in or orders, and nothing of it is deleted.
alter table tenant add column suspended_at timestamptz;
