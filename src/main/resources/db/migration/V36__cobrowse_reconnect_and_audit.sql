-- Co-browsing's reconnect grace (decision 0046): which capture (the page's socket, by a random id, as
-- socket ids repeat across nodes) currently sends the page, and since when it has been gone. A page
-- that comes back within support.cobrowse.reconnect-grace takes the session over again; one that
-- does not is ended by the sweeper (PAGE_LOST).
ALTER TABLE cobrowse_session ADD COLUMN capture_id VARCHAR(40);
ALTER TABLE cobrowse_session ADD COLUMN page_lost_at TIMESTAMP WITH TIME ZONE;
-- The supervisors' audit list: newest first, by agent and by date.
CREATE INDEX cobrowse_session_by_agent_idx ON cobrowse_session (agent_id, requested_at);
CREATE INDEX cobrowse_session_by_time_idx ON cobrowse_session (requested_at);
