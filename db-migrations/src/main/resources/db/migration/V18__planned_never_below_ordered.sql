-- A dish's plan never below what is already ordered of it: publishing fewer portions than are ordered is
-- refused by the planner, and PostgreSQL itself holds the line. A row that already broke it keeps the truth: what
-- was ordered.
update slot_quota set planned = ordered where ordered > planned;
alter table slot_quota add constraint slot_quota_ordered_within_planned check (ordered <= planned);
