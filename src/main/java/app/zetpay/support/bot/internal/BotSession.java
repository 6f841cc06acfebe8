package app.zetpay.support.bot.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the bot remembers of one conversation. Mutable on purpose: it lives for one message's
 * handling, under the row lock, and is written back at the end.
 */
final class BotSession {

	/** Where a guided flow waits for the customer. */
	enum Step {
		CHOOSE_TRANSACTION
	}

	final String conversationId;
	final String customerId;
	@Nullable String flow;
	@Nullable Step step;
	@Nullable String transactionId;
	int misunderstood;
	final List<String> intents;
	final List<String> told;
	boolean handedOver;
	/** The sequence number of the last customer message answered: a redelivered one is not answered again. */
	long answeredSeq;

	BotSession(String conversationId, String customerId, @Nullable String flow, @Nullable Step step,
			@Nullable String transactionId, int misunderstood, List<String> intents, List<String> told,
			boolean handedOver, long answeredSeq) {
		this.conversationId = conversationId;
		this.customerId = customerId;
		this.flow = flow;
		this.step = step;
		this.transactionId = transactionId;
		this.misunderstood = misunderstood;
		this.intents = new ArrayList<>(intents);
		this.told = new ArrayList<>(told);
		this.handedOver = handedOver;
		this.answeredSeq = answeredSeq;
	}

	void detected(String intent, double confidence) {
		intents.add("%s (%.2f)".formatted(intent, confidence));
		while (intents.size() > 20) {
			intents.removeFirst();
		}
	}

	void told(String what) {
		told.add(what);
		while (told.size() > 20) {
			told.removeFirst();
		}
	}
}
