-- Co-browsing sessions: their consent state (checked on every relayed frame, from any node) and the
-- audit metadata: who asked, whose page, when consent was given, when and why it ended and by whom
-- (NULL: the system). The page itself is relayed in memory and never written anywhere.
CREATE TABLE cobrowse_session
(
  id              VARCHAR(40)              NOT NULL PRIMARY KEY,
  conversation_id VARCHAR(40)              NOT NULL,
  agent_id        VARCHAR(40)              NOT NULL,
  agent_name      VARCHAR(200)             NOT NULL,
  customer_id     VARCHAR(128)             NOT NULL,
  state           VARCHAR(16)              NOT NULL,
  requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  answered_at     TIMESTAMP WITH TIME ZONE,
  ended_at        TIMESTAMP WITH TIME ZONE,
  ended_by        VARCHAR(128),
  end_reason      VARCHAR(32)
);
CREATE INDEX cobrowse_session_by_conversation_idx ON cobrowse_session (conversation_id, state);
CREATE INDEX cobrowse_session_open_idx ON cobrowse_session (state, requested_at);
