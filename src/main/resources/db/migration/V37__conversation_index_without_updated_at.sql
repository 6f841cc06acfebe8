-- Every message moves its conversation's updated_at. With updated_at in an index, PostgreSQL cannot
-- update the row in place (a HOT update): each message wrote a new entry into every one of
-- conversation's indexes, and H2 rewrote this index's entry. A customer's handful of conversations
-- are sorted by time after the index finds them (issue 18).
DROP INDEX conversation_by_customer_idx;
CREATE INDEX conversation_by_customer_idx ON conversation (customer_id);
