package app.zetpay.support.chat.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.MessagePosted;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.chat.SenderRole;
import app.zetpay.support.language.Language;
import app.zetpay.support.language.LanguageDetector;

/** The customer's language is written only when it changes, and only from the customer's own text. */
class ConversationLanguageWatchTests {

	static final ConversationId CHAT = new ConversationId("cnv_0123456789abcdef0123456789abcdef");

	final ConversationLanguages languages = mock(ConversationLanguages.class);
	final ConversationLanguageWatch watch = new ConversationLanguageWatch(new LanguageDetector(), languages,
			Clock.systemUTC());

	@AfterEach
	void stop() {
		watch.destroy();
	}

	@Test
	void writesTheLanguageOnlyWhenTheCustomersMessagesChangeIt() {
		watch.on(posted(SenderRole.CUSTOMER, "paise kat gaye par payment fail"));
		watch.on(posted(SenderRole.CUSTOMER, "refund kab aayega"));
		verify(languages, timeout(2_000)).detected(eq(CHAT), eq(Language.HINGLISH), any(Instant.class));

		watch.on(posted(SenderRole.CUSTOMER, "पैसे कट गए लेकिन पेमेंट फेल हो गया"));
		verify(languages, timeout(2_000)).detected(eq(CHAT), eq(Language.HINDI), any(Instant.class));
		verify(languages, after(300).times(1)).detected(eq(CHAT), eq(Language.HINGLISH), any(Instant.class));
	}

	@Test
	void theAgentsAndTheBotsWordsAreNotTheCustomersLanguage() {
		watch.on(posted(SenderRole.AGENT, "नमस्ते, मैं आपकी मदद करूँगी"));
		watch.on(posted(SenderRole.BOT, "नमस्ते, मैं Zet Pay असिस्टेंट हूँ।"));

		verify(languages, after(300).never()).detected(any(), any(), any());
	}

	/** The group commit stores a failed batch again one message at a time: that second pass must still write. */
	@Test
	void aMessageWhoseTransactionRolledBackIsWrittenWhenStoredAgain() {
		inTransaction(false, () -> watch.on(posted(SenderRole.CUSTOMER, "paise kat gaye par payment fail")));
		verify(languages, after(300).never()).detected(any(), any(), any());

		inTransaction(true, () -> watch.on(posted(SenderRole.CUSTOMER, "paise kat gaye par payment fail")));

		verify(languages, timeout(2_000)).detected(eq(CHAT), eq(Language.HINGLISH), any(Instant.class));
	}

	/** What a transaction manager does around {@code work} with the synchronizations it registers. */
	private static void inTransaction(boolean commits, Runnable work) {
		TransactionSynchronizationManager.initSynchronization();
		try {
			work.run();
			var registered = TransactionSynchronizationManager.getSynchronizations();
			if (commits) {
				TransactionSynchronizationUtils.invokeAfterCommit(registered);
			}
			TransactionSynchronizationUtils.invokeAfterCompletion(registered,
					commits ? TransactionSynchronization.STATUS_COMMITTED : TransactionSynchronization.STATUS_ROLLED_BACK);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	private static MessagePosted posted(SenderRole role, String text) {
		var message = new ChatMessage("msg_1", CHAT, 1, "u1", "Sunita", role, null, MessageType.TEXT, text, null,
				Instant.now(), null);
		return new MessagePosted(message, Set.of("u1"), ConversationStatus.BOT);
	}
}
