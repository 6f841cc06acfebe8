-- The handover rules an admin may change (at most one row, id 1). Without a row the bot uses the
-- support.bot.* properties. Every node reads this row as it answers, so a change holds at once everywhere.
CREATE TABLE bot_handover_rules (
    id                INT PRIMARY KEY,
    confidence        DOUBLE PRECISION NOT NULL,
    misunderstandings INT              NOT NULL,
    upset_customer    BOOLEAN          NOT NULL,
    urgent_team       VARCHAR(64),
    updated_by        VARCHAR(64)      NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bot_handover_rules_one CHECK (id = 1)
);
