-- The agent console's own working data.

-- Canned responses: an agent's own (scope PERSONAL, owner = agent id) or a team's (scope TEAM,
-- owner = team name, edited by supervisors and admins). A shortcut is unique within its owner.
CREATE TABLE canned_response
(
  id         VARCHAR(40)              NOT NULL PRIMARY KEY,
  scope      VARCHAR(10)              NOT NULL,
  owner      VARCHAR(40)              NOT NULL,
  shortcut   VARCHAR(32)              NOT NULL,
  text       VARCHAR(4000)            NOT NULL,
  updated_by VARCHAR(40)              NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT canned_response_shortcut_uk UNIQUE (scope, owner, shortcut)
);

-- An agent was mentioned in a private note; unread until they mark it read. One row per agent and
-- note, so an event delivered again after a crash adds nothing.
CREATE TABLE agent_mention
(
  id              VARCHAR(40)              NOT NULL PRIMARY KEY,
  agent_id        VARCHAR(40)              NOT NULL,
  note_id         VARCHAR(40)              NOT NULL,
  conversation_id VARCHAR(40)              NOT NULL,
  note_seq        BIGINT                   NOT NULL,
  author_id       VARCHAR(40)              NOT NULL,
  author_name     VARCHAR(120)             NOT NULL,
  excerpt         VARCHAR(400)             NOT NULL,
  mentioned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at         TIMESTAMP WITH TIME ZONE,
  CONSTRAINT agent_mention_once_uk UNIQUE (agent_id, note_id)
);
CREATE INDEX agent_mention_by_agent_idx ON agent_mention (agent_id, mentioned_at);
