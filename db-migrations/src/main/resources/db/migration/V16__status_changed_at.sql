-- When an order last moved on, so that staff who can no longer cancel are told why in the hospital's
-- time ("the kitchen started your meal at 11:20"). Empty for an order still as it was placed.
alter table orders add column status_changed_at timestamptz;
