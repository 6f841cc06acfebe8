-- SLA targets per priority as edited in the admin console; a priority without a row uses the
-- support.tickets.sla.* properties. Read by every node (a short cache), applied to new tickets.
CREATE TABLE sla_target
(
  priority             VARCHAR(10)              NOT NULL PRIMARY KEY,
  first_response_mins  INT                      NOT NULL,
  resolution_mins      INT                      NOT NULL,
  around_the_clock     BOOLEAN                  NOT NULL,
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by           VARCHAR(40)              NOT NULL
);
