-- Decision 0047. A covering index for the bot card (containment and handovers by cause): its two
-- queries read kind, bot_took, opened_s, queued_s, closed_s and handover_cause of the chats the bot
-- took in a range. Without it H2 scanned the whole table for a year, every column of every fact
-- (2.2 s at load 7, the slowest report once the percentiles were taken in Java); with it H2 reads
-- only the bot's chats in the range, from the index alone. bot_took first: the range is then only
-- the chats the bot took.
CREATE INDEX contact_fact_bot_cover_idx ON contact_fact (bot_took, opened_s, kind, queued_s, closed_s, handover_cause);
