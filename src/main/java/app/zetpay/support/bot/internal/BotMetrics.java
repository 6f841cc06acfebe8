package app.zetpay.support.bot.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import app.zetpay.support.chat.Handover;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the bot does, for Prometheus: conversations it took, how they left it (handovers by cause),
 * how it answered, and how long understanding a message takes. Containment, the share of the bot's
 * conversations that never needed a person, is {@code 1 - handovers / conversations} over a window.
 */
@Component
class BotMetrics {

	/** Why a conversation went from the bot to a person. */
	enum HandoverCause {
		/** The customer asked for a person. */
		ASKED,
		/** The customer sounded upset. */
		ANGRY,
		/** Not understood twice in a row. */
		NOT_UNDERSTOOD,
		/** Blocked card or account, or suspected fraud: ahead of the queue. */
		URGENT,
		/** A guided flow could not go on (e.g. the payments system did not answer). */
		FLOW,
		/** The bot failed; the customer is not left in silence. */
		ERROR,
		/** No intent model is served yet (the first one is still training): a person answers. */
		NOT_READY;

		/** The metric's coarser cause, kept as it was so dashboards and alerts need no change. */
		static HandoverCause of(Handover.Cause cause) {
			return switch (cause) {
				case ASKED_FOR_PERSON -> ASKED;
				case UPSET_CUSTOMER -> ANGRY;
				case LOW_CONFIDENCE -> NOT_UNDERSTOOD;
				case SUSPECTED_FRAUD -> URGENT;
				case FAILED_PAYMENT, PAYMENTS_UNAVAILABLE -> FLOW;
				case BOT_ERROR -> ERROR;
				case BOT_NOT_READY -> NOT_READY;
			};
		}
	}

	/** How the bot answered a message it understood. */
	enum Answer {
		ARTICLE, ARTICLE_PHRASED, FLOW, SMALL_TALK, REPHRASE
	}

	private final MeterRegistry registry;
	private final Counter conversations;
	private final Timer understanding;

	BotMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.conversations = Counter.builder("support.bot.conversations")
			.description("Support conversations the bot answered first").register(registry);
		this.understanding = Timer.builder("support.bot.understanding")
			.description("Time to embed and classify one customer message")
			.publishPercentiles(0.5, 0.99).register(registry);
	}

	void conversationTaken() {
		conversations.increment();
	}

	void handedOver(HandoverCause cause) {
		registry.counter("support.bot.handovers", "cause", cause.name().toLowerCase(Locale.ROOT)).increment();
	}

	void answered(Answer answer) {
		registry.counter("support.bot.answers", "kind", answer.name().toLowerCase(Locale.ROOT)).increment();
	}

	Timer understanding() {
		return understanding;
	}
}
