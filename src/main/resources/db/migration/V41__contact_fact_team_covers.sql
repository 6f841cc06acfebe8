-- A report filtered on one team read contact_fact_by_team_opened_idx (team, opened_s) and then
-- fetched every row it found from the table, which H2 does by key at 5–10 times the cost of a row
-- read in order (a month of one team: 0.6–1.1 s). These covering indexes lead with the team and
-- hold the columns each query reads, as V33's and V38's do for the whole range: a team's range is
-- read from the index alone. (team, opened_s) is the prefix of the first and goes.
CREATE INDEX contact_fact_team_opened_cover_idx ON contact_fact (team, opened_s, opened_day, opened_hour, agent_id, response_s);
CREATE INDEX contact_fact_team_closed_cover_idx ON contact_fact (team, closed_s, closed_day, agent_id, resolution_s);
CREATE INDEX contact_fact_team_rated_cover_idx ON contact_fact (team, rated_s, rating, agent_id);
CREATE INDEX contact_fact_team_bot_cover_idx ON contact_fact (team, bot_took, opened_s, kind, queued_s, closed_s, handover_cause);
DROP INDEX contact_fact_by_team_opened_idx;
