-- Failed sign-ins no longer lock an account (a stranger could lock anyone's, the platform administrator's
-- included): they slow the next tries down, counted in Redis per source, per account and per both
-- (identity.SignInThrottle, decision 0017). The columns of the lock go.
alter table user_account drop column failed_sign_ins;
alter table user_account drop column locked_until;
