-- The last customer message the bot answered in a conversation, saved with the answer itself: an
-- event delivered again after a crash (the registry marks completion in its own transaction) is
-- then recognised and not answered twice.
ALTER TABLE bot_session ADD COLUMN answered_seq BIGINT DEFAULT 0 NOT NULL;
