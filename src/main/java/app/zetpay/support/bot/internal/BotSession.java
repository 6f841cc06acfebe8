package app.zetpay.support.bot.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.language.Language;

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
	/**
	 * The language the bot answers this message in (English or Hindi); decided per message from the
	 * message and the customer's choice, not stored.
	 */
	Language replyIn = Language.ENGLISH;
	/** What the message being answered was written in; null when the bot speaks first. Not stored. */
	@Nullable Language wroteIn;
	/** The customer's choice in the app, as read for this message. Not stored. */
	@Nullable Language preferred;
	/** The message being answered, for the handover summary. Not stored. */
	@Nullable String customerSaid;

	/**
	 * The language the bot answers in: Hindi to Devanagari, whatever the app is in (they read it); else
	 * the customer's choice in the app; else the script they wrote in (Hinglish and English are
	 * answered in English); when the bot speaks first, the choice or the language they last wrote in.
	 */
	static Language replyLanguage(@Nullable Language message, @Nullable Language preferred, @Nullable Language lastDetected) {
		if (message == Language.HINDI) {
			return Language.HINDI;
		}
		if (preferred != null) {
			return preferred;
		}
		var written = message != null ? message : lastDetected;
		return written == Language.HINDI ? Language.HINDI : Language.ENGLISH;
	}

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
