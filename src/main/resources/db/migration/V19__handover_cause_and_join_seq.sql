-- The bot's handover, typed: why (a Handover.Cause name) and how soon (a Handover.Priority name),
-- for the staff view and the inbox; NULL when the bot did not hand the conversation over.
ALTER TABLE conversation ADD COLUMN handover_cause VARCHAR(32);
ALTER TABLE conversation ADD COLUMN handover_priority VARCHAR(16);
-- The seq of the message that gave the conversation to its current agent (0: theirs from the start),
-- so the agent's unread count leaves out what the bot and the customer said before they joined.
ALTER TABLE conversation ADD COLUMN assigned_seq BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX conversation_closed_idx ON conversation (status, closed_at);
