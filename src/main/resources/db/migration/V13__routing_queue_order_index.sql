-- The queue is read in the order ORDER BY urgent DESC, enqueued_at, conversation_id; an index in
-- exactly that order serves it (the V11 index on (urgent, enqueued_at) could not, scanned either way,
-- and the V4 age index no longer matches any query).
DROP INDEX routing_queue_by_urgency_idx;
DROP INDEX routing_queue_by_age_idx;
CREATE INDEX routing_queue_order_idx ON routing_queue (urgent DESC, enqueued_at, conversation_id);
