package app.zetpay.support.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.EmailAddress;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;

class StaffRightsTests {

	static final AgentId ID = AgentId.generate();
	static final Caller.Staff STAFF = new Caller.Staff(ID, "Asha", new EmailAddress("asha@zetpay.test"),
			Set.of(Role.AGENT), Set.of(new TeamName("payments")));

	@Test
	void aVerdictReadBeforeAnAccountChangeIsNotCachedAfterItsEviction() throws Exception {
		var directory = new SlowDirectory();
		var rights = new StaffRights(directory);

		// A push reads the account while it is still enabled, and is slow to finish...
		directory.stallNextRead();
		var push = CompletableFuture.supplyAsync(() -> rights.check(STAFF, Instant.now()));
		assertThat(directory.readStarted.await(5, TimeUnit.SECONDS)).isTrue();
		// ...the account is disabled and the change announced (evict) meanwhile...
		directory.enabled.set(false);
		rights.evict(ID.value());
		directory.release.countDown();
		assertThat(push.get(5, TimeUnit.SECONDS)).isNull();

		// ...and the re-check that follows the announcement sees the change, not the push's stale read.
		assertThat(rights.check(STAFF, Instant.now())).isEqualTo(Revocation.ACCOUNT_DISABLED);
	}

	@Test
	void aFreshVerdictIsCachedUntilEvicted() {
		var directory = new SlowDirectory();
		var rights = new StaffRights(directory);
		assertThat(rights.check(STAFF, Instant.now())).isNull();

		directory.enabled.set(false);
		assertThat(rights.check(STAFF, Instant.now())).as("cached for the TTL").isNull();

		rights.evict(ID.value());
		assertThat(rights.check(STAFF, Instant.now())).isEqualTo(Revocation.ACCOUNT_DISABLED);
	}

	static final class SlowDirectory implements AgentDirectory {

		final AtomicBoolean enabled = new AtomicBoolean(true);
		final CountDownLatch readStarted = new CountDownLatch(1);
		final CountDownLatch release = new CountDownLatch(1);
		volatile boolean stall;

		void stallNextRead() {
			stall = true;
		}

		@Override
		public Optional<AgentAccount> find(AgentId id) {
			var account = new AgentAccount(ID, STAFF.email(), STAFF.name(), STAFF.roles(), STAFF.teams(), 5,
					enabled.get(), Instant.EPOCH, Instant.EPOCH);
			if (stall) {
				stall = false;
				readStarted.countDown();
				try {
					release.await(5, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			return Optional.of(account);
		}

		@Override
		public List<AgentAccount> findAll() {
			return List.of();
		}

		@Override
		public boolean hasEnabledMember(TeamName team) {
			return true;
		}

		@Override
		public Optional<Instant> tokensValidAfter(AgentId id) {
			return Optional.empty();
		}
	}
}
