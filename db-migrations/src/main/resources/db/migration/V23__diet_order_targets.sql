-- What a diet order asks the patient to eat in a day, where the dietitian set it (a high-energy, high-protein
-- order, a renal protein limit): wards see the day's ordered meals against it. Optional, and never part of what
-- makes a meal safe.
alter table diet_order
    add column energy_target_kcal numeric(5, 0) check (energy_target_kcal > 0),
    add column protein_target_g   numeric(4, 1) check (protein_target_g > 0);
