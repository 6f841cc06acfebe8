-- Teams as a registry, so a supervisor can create a team before anyone is in it. Team names stay
-- free on accounts, conversations and tickets (routing matches on the name): a name saved on an
-- account is registered on the way, and every name already in use is registered here.
CREATE TABLE team
(
  name         VARCHAR(40)              NOT NULL PRIMARY KEY,
  display_name VARCHAR(80)              NOT NULL,
  description  VARCHAR(500),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO team (name, display_name, created_at)
SELECT DISTINCT t.team, t.team, CURRENT_TIMESTAMP FROM agent_team t;

INSERT INTO team (name, display_name, created_at)
SELECT DISTINCT c.team, c.team, CURRENT_TIMESTAMP FROM conversation c
WHERE c.team IS NOT NULL AND NOT EXISTS (SELECT 1 FROM team x WHERE x.name = c.team);

INSERT INTO team (name, display_name, created_at)
SELECT DISTINCT k.team, k.team, CURRENT_TIMESTAMP FROM ticket k
WHERE k.team IS NOT NULL AND NOT EXISTS (SELECT 1 FROM team x WHERE x.name = k.team);

-- A password reset revokes every token the account holds: tokens issued (iat, whole seconds)
-- before this instant are refused, without listing them.
ALTER TABLE agent_account ADD COLUMN tokens_valid_after TIMESTAMP WITH TIME ZONE;
