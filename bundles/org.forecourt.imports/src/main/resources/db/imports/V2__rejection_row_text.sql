-- What the rejected row held (its non-empty cells, shortened), so that staff recognise it by name and number.
ALTER TABLE imp_rejection ADD COLUMN row_text VARCHAR(500);
