package app.zetpay.support.bot.internal;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.chat.Handover;

/**
 * The handover rules an admin may change: below {@code confidence} a message counts as not
 * understood, and {@code misunderstandings} of those in a row hand the chat to a person; with
 * {@code upsetCustomer} an angry message hands over at once; {@code urgentTeam} takes suspected
 * fraud and blocked cards (any agent when null). {@code updatedBy}/{@code updatedAt} are null while
 * the properties' defaults apply. The other rules (asking for a person, fraud, flows that need a
 * person, no model yet) always hold.
 */
public record HandoverRules(double confidence, int misunderstandings, boolean upsetCustomer,
		@Nullable String urgentTeam, @Nullable String updatedBy, @Nullable Instant updatedAt) {

	static final int MAX_MISUNDERSTANDINGS = 5;

	public HandoverRules {
		urgentTeam = urgentTeam == null || urgentTeam.isBlank() ? null : urgentTeam.strip();
	}

	static HandoverRules defaults(BotProperties properties) {
		return new HandoverRules(properties.confidence(), 2, true, properties.urgentTeam(), null, null);
	}

	/** A message that hands over whatever it means: the customer asks for a person, or (if on) sounds upset. */
	Optional<Handover.Cause> before(String text) {
		if (upsetCustomer && Sentiment.isAngry(text)) {
			return Optional.of(Handover.Cause.UPSET_CUSTOMER);
		}
		if (HumanRequest.isAsked(text)) {
			return Optional.of(Handover.Cause.ASKED_FOR_PERSON);
		}
		return Optional.empty();
	}

	boolean understood(double predictionConfidence) {
		return predictionConfidence >= confidence;
	}

	/** Whether this many misunderstandings in a row hand the chat over. */
	boolean enoughMisunderstood(int inARow) {
		return inARow >= misunderstandings;
	}
}
