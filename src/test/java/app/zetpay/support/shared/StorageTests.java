package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.testing.IntegrationTest;

/**
 * The storage every module builds on: the migrations apply cleanly (on H2 here, on PostgreSQL with
 * -Ppostgres) and the event publication registry keeps an event whose listener failed until it is
 * delivered, which is what makes cross-module side effects survive a crash.
 */
@IntegrationTest
@Import(StorageTests.FlakyListenerConfiguration.class)
class StorageTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	FlakyListener listener;

	@Test
	void everyMigrationIsApplied() {
		var migrations = flyway.info().all();

		assertThat(migrations).isNotEmpty();
		assertThat(Arrays.stream(migrations).map(m -> m.getState()))
				.allMatch(state -> state == MigrationState.SUCCESS);
		assertThat(flyway.info().pending()).isEmpty();
	}

	@Test
	void failedListenerLeavesThePublicationToBeRetried() {
		var event = new SomethingHappened(UUID.randomUUID().toString());
		listener.failNextAttempts(1);

		transactions.executeWithoutResult(tx -> events.publishEvent(event));

		await().untilAsserted(() -> assertThat(listener.attempts(event)).isEqualTo(1));
		await().untilAsserted(() -> assertThat(storedPublications(event)).hasSize(1));

		incomplete.resubmitIncompletePublications(publication -> publication.getEvent().equals(event));

		await().untilAsserted(() -> assertThat(listener.wasDelivered(event)).isTrue());
		await().untilAsserted(() -> assertThat(storedPublications(event)).as("completed, then deleted").isEmpty());
	}

	@Test
	void eventPublishedInARolledBackTransactionIsNeverDelivered() {
		var event = new SomethingHappened(UUID.randomUUID().toString());

		transactions.executeWithoutResult(tx -> {
			events.publishEvent(event);
			tx.setRollbackOnly();
		});

		assertThat(storedPublications(event)).isEmpty();
		assertThat(listener.attempts(event)).isZero();
	}

	private List<Map<String, Object>> storedPublications(SomethingHappened event) {
		return jdbc.sql("SELECT id FROM event_publication WHERE serialized_event LIKE :marker")
				.param("marker", "%" + event.marker() + "%")
				.query().listOfRows();
	}

	record SomethingHappened(String marker) {
	}

	/** Accessed through methods only: the container proxies it (async, transactional). */
	static class FlakyListener {

		private final AtomicInteger failNext = new AtomicInteger();
		private final List<SomethingHappened> delivered = new CopyOnWriteArrayList<>();
		private final List<SomethingHappened> seen = new CopyOnWriteArrayList<>();

		void failNextAttempts(int count) {
			failNext.set(count);
		}

		boolean wasDelivered(SomethingHappened event) {
			return delivered.contains(event);
		}

		@ApplicationModuleListener
		void on(SomethingHappened event) {
			seen.add(event);
			if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				throw new IllegalStateException("Simulated failure of a listener");
			}
			delivered.add(event);
		}

		long attempts(SomethingHappened event) {
			return seen.stream().filter(event::equals).count();
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FlakyListenerConfiguration {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}
	}
}
