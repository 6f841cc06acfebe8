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

	/**
	 * An account as read at {@code loadedAt} (System.nanoTime() taken before the read), or, if
	 * {@code evicted}, the moment an account change was announced: no read that began before it may be
	 * cached after it.
	 */
	private record Entry(Optional<AgentAccount> account, Optional<Instant> tokensValidAfter, long loadedAt,
			boolean evicted) {

		static Entry evictedAt(long nanos) {
			return new Entry(Optional.empty(), Optional.empty(), nanos, true);
		}
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

	/**
	 * Leaves a marker rather than removing the entry: a push on another thread may have read the account
	 * just before the change committed and would otherwise cache that stale verdict right after this,
	 * keeping a disabled agent's socket open until the TTL and the next frame (seen in CI).
	 */
	void evict(String agentId) {
		cache.put(agentId, Entry.evictedAt(System.nanoTime()));
	}

	private Entry current(Caller.Staff staff) {
		var now = System.nanoTime();
		var entry = cache.get(staff.id());
		if (entry == null || entry.evicted() || now - entry.loadedAt() > TTL.toNanos()) {
			var account = directory.find(staff.agentId());
			var loaded = new Entry(account,
					account.isPresent() ? directory.tokensValidAfter(staff.agentId()) : Optional.empty(), now,
					false);
			// Kept only if nothing newer (a later read, or an eviction after this read began) is there.
			cache.merge(staff.id(), loaded, (old, fresh) -> old.loadedAt() - fresh.loadedAt() < 0 ? fresh : old);
			entry = loaded;
		}
		return entry;
	}
}
