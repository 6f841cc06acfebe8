-- Private notes: staff only, never part of the customer's history. They live apart from
-- chat_message, so the customer's seq (1, 2, 3 … with no gaps) is untouched by them; a note has its
-- own number per conversation (note_seq) and is anchored after the message the conversation had
-- reached when it was written (after_seq), which orders the staff timeline (decision 0026).
CREATE TABLE conversation_note
(
  id              VARCHAR(40)              NOT NULL PRIMARY KEY,
  conversation_id VARCHAR(40)              NOT NULL REFERENCES conversation (id),
  note_seq        BIGINT                   NOT NULL,
  after_seq       BIGINT                   NOT NULL,
  author_id       VARCHAR(40)              NOT NULL,
  author_name     VARCHAR(120)             NOT NULL,
  text            VARCHAR(4000)            NOT NULL,
  -- Agent ids mentioned in the note, comma-separated.
  mentions        VARCHAR(1000),
  client_note_id  VARCHAR(64),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT conversation_note_seq_uk UNIQUE (conversation_id, note_seq),
  CONSTRAINT conversation_note_client_id_uk UNIQUE (author_id, client_note_id)
);

-- Labels staff put on conversations; lower case, a conversation has each at most once.
CREATE TABLE conversation_label
(
  conversation_id VARCHAR(40)              NOT NULL REFERENCES conversation (id),
  label           VARCHAR(40)              NOT NULL,
  added_by        VARCHAR(40)              NOT NULL,
  added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (conversation_id, label)
);
CREATE INDEX conversation_label_by_label_idx ON conversation_label (label);
