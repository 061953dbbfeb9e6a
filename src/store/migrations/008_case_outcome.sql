-- How a resolved or closed case ended, from a fixed list, so reports can count outcomes (the note says the rest).
ALTER TABLE cases ADD COLUMN outcome text;
