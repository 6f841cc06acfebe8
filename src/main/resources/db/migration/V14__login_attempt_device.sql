-- Sign-in throttling by (account, client) instead of by account alone (docs/decisions/0016). A
-- browser that signed in gets a random device id in a cookie; its attempts carry it, so a device that
-- signed in before is recognised even behind an address an attacker shares.
ALTER TABLE login_attempt ADD COLUMN device_id VARCHAR(64);
CREATE INDEX login_attempt_by_email_device_idx ON login_attempt (email, device_id, attempted_at);
CREATE INDEX login_attempt_by_email_ip_idx ON login_attempt (email, client_ip, attempted_at);
