-- The customer's language on a conversation (issue 19): what their messages were last detected as
-- (en, hi: Devanagari, hi-Latn: Hinglish) and what they chose in the app (en or hi), which decides
-- the bot's language. A table of its own, not columns of conversation: the message path updates the
-- conversation row on every message under its lock, and the language changes rarely and is written
-- off that path, so the two never wait for each other.
CREATE TABLE conversation_language
(
  conversation_id VARCHAR(40)              NOT NULL PRIMARY KEY REFERENCES conversation (id),
  detected        VARCHAR(8),
  preferred       VARCHAR(8),
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
