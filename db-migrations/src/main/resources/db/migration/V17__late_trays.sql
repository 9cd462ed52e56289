-- A patient's tray ordered after the meal's ordering closed, within the hospital's late-tray window, and
-- why: the kitchen counts such trays apart. Empty for a tray ordered in time.
alter table patient_meal add column late_tray_reason varchar(300) not null default '';
