-- Live chat. A conversation is between one customer and the support pool (or one agent); its
-- messages are numbered by seq, 1, 2, 3 … with no gaps, which is what clients resume from.
CREATE TABLE conversation
(
  id                        VARCHAR(40)              NOT NULL PRIMARY KEY,
  customer_id               VARCHAR(128)             NOT NULL,
  customer_name             VARCHAR(120),
  status                    VARCHAR(16)              NOT NULL,
  assigned_agent_id         VARCHAR(40),
  team                      VARCHAR(40),
  topic                     VARCHAR(200),
  context                   VARCHAR(4000),
  associated_transaction_id VARCHAR(64),
  -- For the agent who takes the conversation: why it came to them (transfer note, bot summary).
  handover_note             VARCHAR(2000),
  last_seq                  BIGINT                   NOT NULL,
  created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at                 TIMESTAMP WITH TIME ZONE,
  -- The customer while the conversation is open, NULL once closed: at most one open support
  -- conversation per customer, enforced by the database even when two initiates race.
  open_for_customer         VARCHAR(128),
  CONSTRAINT conversation_one_open_uk UNIQUE (open_for_customer)
);
CREATE INDEX conversation_by_customer_idx ON conversation (customer_id, updated_at);
CREATE INDEX conversation_by_agent_idx ON conversation (assigned_agent_id, status);
CREATE INDEX conversation_by_status_idx ON conversation (status, created_at);

CREATE TABLE chat_message
(
  id                VARCHAR(40)              NOT NULL PRIMARY KEY,
  conversation_id   VARCHAR(40)              NOT NULL REFERENCES conversation (id),
  seq               BIGINT                   NOT NULL,
  sender_id         VARCHAR(128)             NOT NULL,
  sender_name       VARCHAR(120)             NOT NULL,
  sender_role       VARCHAR(16)              NOT NULL,
  receiver_id       VARCHAR(128),
  type              VARCHAR(16)              NOT NULL,
  text              VARCHAR(4000),
  image_url         VARCHAR(500),
  client_message_id VARCHAR(64),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT chat_message_seq_uk UNIQUE (conversation_id, seq),
  CONSTRAINT chat_message_client_id_uk UNIQUE (sender_id, client_message_id)
);

-- How far each participant has read, for unread counts and read receipts.
CREATE TABLE conversation_read
(
  conversation_id VARCHAR(40)  NOT NULL REFERENCES conversation (id),
  participant_id  VARCHAR(128) NOT NULL,
  last_read_seq   BIGINT       NOT NULL,
  PRIMARY KEY (conversation_id, participant_id)
);
