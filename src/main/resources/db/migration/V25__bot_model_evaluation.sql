-- A model version's evaluation on its hold-out (accuracy, macro-F1, per-intent precision and recall,
-- the top confusions) as JSON; NULL for versions trained before it was kept, or without a hold-out.
ALTER TABLE bot_model ADD COLUMN evaluation VARCHAR(200000);
