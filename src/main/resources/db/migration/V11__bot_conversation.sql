-- What the triage bot remembers about each conversation it answers: the flow it is in, the
-- transaction in question, how often it did not understand, and what it has told the customer
-- (for the summary an agent reads at handover).
CREATE TABLE bot_session
(
  conversation_id VARCHAR(40)              NOT NULL PRIMARY KEY,
  customer_id     VARCHAR(128)             NOT NULL,
  flow            VARCHAR(30),
  step            VARCHAR(30),
  transaction_id  VARCHAR(64),
  misunderstood   INT                      NOT NULL,
  intents         VARCHAR(2000)            NOT NULL,
  told            VARCHAR(4000)            NOT NULL,
  handed_over     BOOLEAN                  NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Urgent conversations (suspected fraud, a blocked card) go ahead of the line.
ALTER TABLE routing_queue ADD COLUMN urgent BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX routing_queue_by_urgency_idx ON routing_queue (urgent, enqueued_at);
