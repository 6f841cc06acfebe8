package app.zetpay.support.chat.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.Caller;

/**
 * Whether a socket's staff caller still has the rights it authenticated with, judged against the
 * account as it is now. Every frame and every push asks, so accounts are cached briefly; an account
 * change evicts its entry on every node (through the re-check broadcast) before the cache would.
 */
@Component
class StaffRights {

	/** How stale a verdict may be if the re-check broadcast is lost (pub/sub may drop a message). */
	static final Duration TTL = Duration.ofSeconds(3);

	private record Entry(Optional<AgentAccount> account, Optional<Instant> tokensValidAfter, long loadedAt) {
	}

	private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
	private final AgentDirectory directory;

	StaffRights(AgentDirectory directory) {
		this.directory = directory;
	}

	/**
	 * Null while the caller may go on; otherwise why not.
	 *
	 * @param issuedAt when the socket's token was issued: one from before a password reset or change is
	 *     refused, as on HTTP (a token without an issue time then too)
	 */
	@Nullable Revocation check(Caller.Staff staff, @Nullable Instant issuedAt) {
		var entry = current(staff);
		var account = entry.account();
		if (account.isEmpty() || !account.get().enabled()) {
			return Revocation.ACCOUNT_DISABLED;
		}
		var validAfter = entry.tokensValidAfter();
		if (validAfter.isPresent() && (issuedAt == null || issuedAt.isBefore(validAfter.get()))) {
			return Revocation.PASSWORD_CHANGED;
		}
		if (!account.get().roles().equals(staff.roles()) || !account.get().teams().equals(staff.teams())) {
			return Revocation.RIGHTS_CHANGED;
		}
		return null;
	}

	void evict(String agentId) {
		cache.remove(agentId);
	}

	private Entry current(Caller.Staff staff) {
		var now = System.nanoTime();
		var entry = cache.get(staff.id());
		if (entry == null || now - entry.loadedAt() > TTL.toNanos()) {
			var account = directory.find(staff.agentId());
			entry = new Entry(account,
					account.isPresent() ? directory.tokensValidAfter(staff.agentId()) : Optional.empty(), now);
			cache.put(staff.id(), entry);
		}
		return entry;
	}
}
