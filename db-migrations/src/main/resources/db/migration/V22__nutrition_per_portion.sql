-- The rest of a nutrition label per portion (UK front-of-pack, EU 1169/2011, US Nutrition Facts): saturated fat,
-- sugars and fibre. Salt stays the one stored figure for salt and sodium (sodium in mg = salt in g × 400, exactly),
-- with room for a sodium figure entered in whole or tenth milligrams to convert without rounding. A label whose
-- parts exceed their whole is refused by the database as well as by the application.
alter table menu_item
    add column saturated_fat_g numeric(6, 1) check (saturated_fat_g >= 0),
    add column sugars_g        numeric(6, 1) check (sugars_g >= 0),
    add column fibre_g         numeric(6, 1) check (fibre_g >= 0),
    alter column salt_g type numeric(9, 5),
    add constraint menu_item_saturates_within_fat check (saturated_fat_g <= fat_g),
    add constraint menu_item_sugars_within_carbohydrate check (sugars_g <= carbohydrate_g);
