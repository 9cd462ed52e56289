-- When the newest lock token was seen. Redis numbers lock tokens from its own counter, which starts again at 1 when
-- Redis loses its data (a flush, a restart without persistence, a failover to a replica that had not caught up):
-- a token lower than the newest seen then comes from a new lock, not from a holder whose lease ran out, once the
-- newest is older than any lease could be.
alter table orderer_fence add column fenced_at timestamptz not null default now();
