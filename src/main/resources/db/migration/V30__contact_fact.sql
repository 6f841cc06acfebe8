-- One narrow row per chat or ticket for the reports (decision 0037): who holds it and its moments as
-- whole epoch seconds, so that a year's percentiles are one index range scan of integers, with no
-- UNION of chats and tickets and no timestamp arithmetic per row. Written by the chat and ticket
-- modules in the same transactions as their own updates; the reports only read it.
--   kind              CHAT or TICKET (as csat_rating.subject_type)
--   source            a ticket's source (CUSTOMER, CHAT, PAYMENT_EVENT, AGENT); NULL for a chat
--   queued_s          when a person was first asked for (a ticket: when it was opened)
--   first_response_s  when a person first answered
--   closed_s          a chat's closing; a ticket's resolution, else its closing
--   response_s        first_response_s - queued_s; resolution_s: closed_s - opened_s
--   opened_day, closed_day  IST epoch days of opened_s and closed_s; opened_hour: IST hour of the
--                     week of opened_s, 0 = Monday 00:00. Worked out when written: H2 pays several µs
--                     per row for any arithmetic, which a year of rows per report made seconds.
--   bot_took, handover_cause  a chat the bot answered first, and why it handed over
-- Merged tickets have no row: the ticket they were merged into counts for them.
CREATE TABLE contact_fact
(
  kind             VARCHAR(8)  NOT NULL,
  id               VARCHAR(40) NOT NULL,
  source           VARCHAR(16),
  team             VARCHAR(40),
  agent_id         VARCHAR(40),
  opened_s         BIGINT      NOT NULL,
  queued_s         BIGINT,
  first_response_s BIGINT,
  closed_s         BIGINT,
  response_s       BIGINT,
  resolution_s     BIGINT,
  opened_day       INT         NOT NULL,
  opened_hour      INT         NOT NULL,
  closed_day       INT,
  bot_took         BOOLEAN     DEFAULT FALSE NOT NULL,
  handover_cause   VARCHAR(32),
  PRIMARY KEY (id, kind)
);
CREATE INDEX contact_fact_by_opened_idx ON contact_fact (opened_s);
CREATE INDEX contact_fact_by_closed_idx ON contact_fact (closed_s);
CREATE INDEX contact_fact_by_team_opened_idx ON contact_fact (team, opened_s);
CREATE INDEX contact_fact_by_agent_opened_idx ON contact_fact (agent_id, opened_s);

INSERT INTO contact_fact (kind, id, source, team, agent_id, opened_s, queued_s, first_response_s, closed_s, bot_took,
  handover_cause, opened_day, opened_hour)
SELECT 'CHAT', c.id, NULL, c.team, c.assigned_agent_id,
  CAST(FLOOR(EXTRACT(EPOCH FROM c.created_at)) AS BIGINT),
  CAST(FLOOR(EXTRACT(EPOCH FROM c.queued_at)) AS BIGINT),
  CAST(FLOOR(EXTRACT(EPOCH FROM c.first_response_at)) AS BIGINT),
  CAST(FLOOR(EXTRACT(EPOCH FROM c.closed_at)) AS BIGINT),
  c.bot_took, c.handover_cause, 0, 0
FROM conversation c;

INSERT INTO contact_fact (kind, id, source, team, agent_id, opened_s, queued_s, first_response_s, closed_s, bot_took,
  handover_cause, opened_day, opened_hour)
SELECT 'TICKET', t.id, t.source, t.team, t.assignee_id,
  CAST(FLOOR(EXTRACT(EPOCH FROM t.created_at)) AS BIGINT),
  CAST(FLOOR(EXTRACT(EPOCH FROM t.created_at)) AS BIGINT),
  CAST(FLOOR(EXTRACT(EPOCH FROM t.first_responded_at)) AS BIGINT),
  CAST(FLOOR(EXTRACT(EPOCH FROM COALESCE(t.resolved_at, t.closed_at))) AS BIGINT),
  FALSE, NULL, 0, 0
FROM ticket t WHERE t.merged_into IS NULL;

UPDATE contact_fact SET response_s = first_response_s - queued_s, resolution_s = closed_s - opened_s,
  opened_day = CAST((opened_s + 19800) / 86400 AS INT),
  opened_hour = CAST(MOD((opened_s + 19800) / 3600 + 72, 168) AS INT),
  closed_day = CAST((closed_s + 19800) / 86400 AS INT);
