-- The language the patient reads, where their health record says it (HL7 PID-15): the bedside
-- opens in it, and the patient may still choose another there. Empty: the hospital's language.
alter table patient add column language varchar(8) check (language in ('en', 'fr'));
