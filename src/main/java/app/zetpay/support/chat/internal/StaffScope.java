package app.zetpay.support.chat.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;

/**
 * {@link Conversation#isVisibleTo} as SQL over {@code conversation c}, for queries that must return
 * only what a staff caller may see: supervisors and admins everything; agents their own, their
 * teams', the queue's for anyone, and the bot's.
 */
record StaffScope(String where, Map<String, Object> params) {

	static StaffScope of(Caller.Staff staff) {
		if (staff.hasRole(Role.SUPERVISOR) || staff.hasRole(Role.ADMIN)) {
			return new StaffScope("1 = 1", Map.of());
		}
		var params = new LinkedHashMap<String, Object>();
		params.put("scopeMe", staff.id());
		var where = new StringBuilder("(c.assigned_agent_id = :scopeMe");
		if (!staff.teams().isEmpty()) {
			where.append(" OR c.team IN (:scopeTeams)");
			params.put("scopeTeams", staff.teams().stream().map(Object::toString).toList());
		}
		if (staff.hasRole(Role.AGENT)) {
			where.append(" OR (c.status = 'QUEUED' AND c.team IS NULL) OR c.status = 'BOT'");
		}
		return new StaffScope(where.append(')').toString(), Map.copyOf(params));
	}
}
