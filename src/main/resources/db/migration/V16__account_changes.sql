-- Agent tokens revoked by signing out, until they would have expired anyway: every node refuses
-- them, on REST and on the socket.
CREATE TABLE revoked_token
(
  token_id   VARCHAR(64)              NOT NULL PRIMARY KEY,
  agent_id   VARCHAR(40)              NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX revoked_token_by_expiry_idx ON revoked_token (expires_at);

-- The team a conversation was routed for, so it goes back to that team's queue when its agent is
-- disabled or loses the agent role.
ALTER TABLE agent_assignment ADD COLUMN team VARCHAR(40);
