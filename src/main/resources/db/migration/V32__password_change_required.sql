-- An account signed in with a one-time password (from an invite or a reset) must choose its own
-- password before anything else; the server refuses its other requests until it has.
ALTER TABLE agent_account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
