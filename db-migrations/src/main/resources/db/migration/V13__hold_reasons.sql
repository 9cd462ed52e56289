-- Why a patient is nil by mouth: "theatre", "swallow assessment"… as the ward entered it; a hold from
-- the record may come without one.
alter table diet_order add column hold_reason varchar(300) not null default '';
