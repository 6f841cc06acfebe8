-- Spring Modulith's JDBC event publication registry: the transactional outbox for events that
-- cross modules. Written in the same transaction as the change that publishes the event and
-- re-published after a crash. One schema for H2 and PostgreSQL (varchar without a length is
-- unbounded on both).
CREATE TABLE event_publication
(
  id                     UUID                     NOT NULL,
  listener_id            VARCHAR(512)             NOT NULL,
  event_type             VARCHAR(512)             NOT NULL,
  serialized_event       VARCHAR                  NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 VARCHAR(20),
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
CREATE INDEX event_publication_by_listener_idx ON event_publication (listener_id, publication_date);
