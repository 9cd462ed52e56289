-- A patient's allergy that Trayflow cannot check (free text, such as "kiwi"), as it stood when a meal was ordered
-- for them: the orderer said each dish was checked by hand against it. Empty when there was none.
alter table patient_meal add column checked_by_hand_against varchar(1000) not null default '';
