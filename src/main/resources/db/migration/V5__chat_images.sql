-- Images sent in chat. The bytes live in an image store (a directory by default); this row says
-- which conversation an image belongs to, so only its participants can fetch it.
CREATE TABLE chat_image
(
  id              VARCHAR(40)              NOT NULL PRIMARY KEY,
  conversation_id VARCHAR(40)              NOT NULL REFERENCES conversation (id),
  uploader_id     VARCHAR(128)             NOT NULL,
  content_type    VARCHAR(40)              NOT NULL,
  size_bytes      BIGINT                   NOT NULL,
  sha256          VARCHAR(64)              NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX chat_image_by_conversation_idx ON chat_image (conversation_id);
