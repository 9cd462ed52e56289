-- Precautionary allergen labels: what a dish may contain through the kitchen's handling, apart from
-- what it is made with. The checkout refuses such a dish to a patient allergic to it unless the hospital's allergen
-- policy says otherwise; a dish never says it both contains and may contain the same allergen.
alter table menu_item add column may_contain varchar(32)[] not null default '{}';
alter table menu_item add constraint menu_item_contains_or_may_contain check (not (allergens && may_contain));
