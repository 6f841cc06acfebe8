-- An agent's Closed tab: WHERE assigned_agent_id = ? AND status = 'CLOSED' ORDER BY closed_at DESC, id.
-- conversation_by_agent_idx stops at status, so every closed chat the agent ever had was read and
-- sorted for each page; with closed_at (and id, for the cursor's tie-break) the index gives the
-- page in order. Supervisors' list of all closed chats keeps using conversation_closed_idx.
CREATE INDEX conversation_agent_closed_idx ON conversation (assigned_agent_id, status, closed_at, id);
