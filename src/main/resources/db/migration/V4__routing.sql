-- Routing: who is available, who is connected (per node, kept alive by heartbeats), what waits,
-- and who has what. Load is counted from agent_assignment under a lock on the agent's status row.
CREATE TABLE agent_status
(
  agent_id     VARCHAR(40)              NOT NULL PRIMARY KEY,
  availability VARCHAR(16)              NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE agent_connection
(
  node_id  VARCHAR(40)              NOT NULL,
  agent_id VARCHAR(40)              NOT NULL,
  sockets  INT                      NOT NULL,
  seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (node_id, agent_id)
);
CREATE INDEX agent_connection_by_agent_idx ON agent_connection (agent_id, seen_at);

CREATE TABLE routing_queue
(
  conversation_id VARCHAR(40)              NOT NULL PRIMARY KEY,
  team            VARCHAR(40),
  enqueued_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX routing_queue_by_age_idx ON routing_queue (enqueued_at, conversation_id);

CREATE TABLE agent_assignment
(
  conversation_id VARCHAR(40)              NOT NULL PRIMARY KEY,
  agent_id        VARCHAR(40)              NOT NULL,
  assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX agent_assignment_by_agent_idx ON agent_assignment (agent_id);
