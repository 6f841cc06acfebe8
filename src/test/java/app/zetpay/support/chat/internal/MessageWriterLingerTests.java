package app.zetpay.support.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.masking.SensitiveData;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The writer waits a moment for more messages while they keep coming, so one commit stores several
 * (issue 18), but stores a message after a quiet spell at once. Batches are recorded, not stored.
 */
class MessageWriterLingerTests {

	private final List<List<String>> batches = new CopyOnWriteArrayList<>();
	private final GroupCommit recording = new GroupCommit(null, null, null, null, new SimpleMeterRegistry()) {
		@Override
		void commit(List<Pending> batch) {
			batches.add(batch.stream().map(p -> p.append().draft().clientMessageId()).toList());
			batch.forEach(p -> p.result().complete(null));
		}
	};
	private @Nullable MessageWriter writer;

	@AfterEach
	void stop() {
		if (writer != null) {
			writer.stop();
		}
	}

	@Test
	void aMessageAfterAQuietSpellIsStoredWithoutWaiting() throws Exception {
		writer = new MessageWriter(recording, 1, Duration.ofSeconds(30));
		writer.start();

		send("alone").get(5, TimeUnit.SECONDS);

		assertThat(batches).containsExactly(List.of("alone"));
	}

	@Test
	void whileMessagesKeepComingTheWriterWaitsForMoreBeforeItCommits() throws Exception {
		writer = new MessageWriter(recording, 1, Duration.ofMillis(500));
		writer.start();
		send("first").get(5, TimeUnit.SECONDS);

		// Right after a commit: the next batch waits up to the linger, and the third joins the second.
		var second = send("second");
		Thread.sleep(100);
		var third = send("third");
		CompletableFuture.allOf(second, third).get(5, TimeUnit.SECONDS);

		assertThat(batches).containsExactly(List.of("first"), List.of("second", "third"));
	}

	@Test
	void withoutALingerEachMessageIsCommittedAsItComes() throws Exception {
		writer = new MessageWriter(recording, 1, Duration.ZERO);
		writer.start();
		send("first").get(5, TimeUnit.SECONDS);

		send("second").get(5, TimeUnit.SECONDS);
		Thread.sleep(100);
		send("third").get(5, TimeUnit.SECONDS);

		assertThat(batches).containsExactly(List.of("first"), List.of("second"), List.of("third"));
	}

	private CompletableFuture<Appender.Written> send(String clientMessageId) {
		return writer.submit(new Caller.Customer("cust-linger", "Meera"), new ConversationId("cnv_" + "0".repeat(32)),
				new Append.Draft(MessageType.TEXT, SensitiveData.mask("hello"), null, clientMessageId));
	}
}
