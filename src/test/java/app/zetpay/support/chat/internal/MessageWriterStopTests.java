package app.zetpay.support.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.masking.SensitiveData;
import app.zetpay.support.shared.ShutdownPhases;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/**
 * Stopping the group-commit writer while senders keep submitting: every message it accepted is
 * stored and its sender answered, every other sender is told 503 at once, none is left waiting.
 * A writer of its own, on the shared context's database.
 */
@IntegrationTest
class MessageWriterStopTests {

	@Autowired
	GroupCommit groupCommit;

	@Autowired
	ChatProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;

	@Test
	void stoppingStoresEveryAcceptedMessageAndAnswersEverySender() throws Exception {
		var customerId = "cust-" + UUID.randomUUID();
		var token = api.customerToken(customerId, "Busy Writer");
		var agents = new AgentFixtures(api);
		var chatId = new ConversationId(agents.directChat(token, agents.create("Writer Agent",
				"AGENT")));
		var caller = new Caller.Customer(customerId, "Busy Writer");
		var writer = new MessageWriter(groupCommit, properties);
		writer.start();

		var results = new ArrayList<CompletableFuture<Appender.Written>>();
		var halfway = new CountDownLatch(1);
		try (var senders = Executors.newFixedThreadPool(4)) {
			var submitted = new ArrayList<Future<?>>();
			for (int s = 0; s < 4; s++) {
				var sender = s;
				submitted.add(senders.submit(() -> {
					for (int i = 0; i < 250; i++) {
						var draft = new Append.Draft(MessageType.TEXT, SensitiveData.mask("message " + i),
								null, "w-" + sender + "-" + i);
						var result = writer.submit(caller, chatId, draft);
						synchronized (results) {
							results.add(result);
						}
						if (sender == 0 && i == 100) {
							halfway.countDown();
						}
					}
				}));
			}
			halfway.await();
			writer.stop();
			for (var future : submitted) {
				future.get();
			}
		}

		assertThat(results).hasSize(1000).allMatch(CompletableFuture::isDone);
		var written = results.stream().filter(r -> !r.isCompletedExceptionally()).map(CompletableFuture::join)
				.map(w -> w.message().clientMessageId()).toList();
		var refused = new ArrayList<>(results.stream().filter(CompletableFuture::isCompletedExceptionally).toList());
		assertThat(written).isNotEmpty();
		// How many senders were still at it when the stop came depends on the machine; whoever was is told "busy".
		refused.add(writer.submit(caller, chatId, new Append.Draft(MessageType.TEXT, SensitiveData.mask("late"),
				null, "w-late")));
		assertThat(refused).allSatisfy(r -> assertThat(r).failsWithin(Duration.ZERO)
				.withThrowableOfType(ExecutionException.class)
				.havingCause().isInstanceOfSatisfying(ProblemException.class,
						problem -> assertThat(problem.code()).isEqualTo("busy")));
		assertThat(jdbc.sql("SELECT client_message_id FROM chat_message WHERE conversation_id = :chat")
				.param("chat", chatId.value()).query(String.class).list()).containsExactlyInAnyOrderElementsOf(written);
	}

	@Test
	void theWriterStopsOnlyOnceHttpRequestsSocketsAndSchedulesHaveStopped(@Autowired MessageWriter running) {
		// It used to stop first of all: senders still connected were told the service was busy.
		assertThat(running.getPhase()).isLessThan(WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE)
				.isLessThan(ShutdownPhases.SOCKETS).isLessThan(SimpleAsyncTaskScheduler.DEFAULT_PHASE)
				.isGreaterThan(ShutdownPhases.BACKGROUND_TASKS);
	}
}
