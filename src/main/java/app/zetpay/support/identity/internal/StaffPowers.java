package app.zetpay.support.identity.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.http.HttpStatus;

import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;
import app.zetpay.support.shared.ProblemException;

/**
 * Who may do what to an account from the team page (docs/decisions/0035): admins anything (the
 * last-admin guards still hold); supervisors run the team, but only an admin grants or removes
 * SUPERVISOR or ADMIN, or touches an admin's account, and a supervisor disables, re-enables or
 * resets the password only of plain agents.
 */
final class StaffPowers {

	private static final Set<Role> LEADS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

	private StaffPowers() {
	}

	static void requireMayCreate(Caller.Staff actor, Set<Role> roles) {
		if (!isAdmin(actor) && !roles.equals(EnumSet.of(Role.AGENT))) {
			throw forbidden("Only an admin creates supervisor or admin accounts.");
		}
	}

	/** Name, teams, capacity and the AGENT role: anyone's but an admin's. */
	static void requireMayEdit(Caller.Staff actor, AgentAccount target, Set<Role> newRoles) {
		if (isAdmin(actor)) {
			return;
		}
		if (target.hasRole(Role.ADMIN)) {
			throw forbidden("Only an admin changes an admin's account.");
		}
		if (!leads(target.roles()).equals(leads(newRoles))) {
			throw forbidden("Only an admin grants or removes the supervisor and admin roles.");
		}
	}

	/** Disable, enable, reset the password: a supervisor only for accounts that are neither supervisor nor admin. */
	static void requireMayLockOrUnlock(Caller.Staff actor, AgentAccount target) {
		if (!isAdmin(actor) && !leads(target.roles()).isEmpty()) {
			throw forbidden("Only an admin disables, enables or resets the password of a supervisor or admin.");
		}
	}

	private static Set<Role> leads(Set<Role> roles) {
		var result = EnumSet.noneOf(Role.class);
		roles.stream().filter(LEADS::contains).forEach(result::add);
		return result;
	}

	private static boolean isAdmin(Caller.Staff actor) {
		return actor.hasRole(Role.ADMIN);
	}

	private static ProblemException forbidden(String detail) {
		return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", detail);
	}
}
