package app.zetpay.support.chat.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.MessagePosted;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.chat.SenderRole;
import app.zetpay.support.language.Language;
import app.zetpay.support.language.LanguageDetector;
import app.zetpay.support.shared.AfterCommit;

/**
 * Keeps the language of the customer's latest message on the conversation. Every message passes
 * here, so the work on the message path is the detection alone (a few microseconds, in memory) and
 * a look at what this node last wrote for the chat; only a change is written, after the commit and
 * on a thread of its own, so the group commit never waits for it. A node that has not seen the chat
 * before writes once. Two nodes taking turns on one chat could leave the other's value a message
 * late; a customer's socket stays on one node, so that is rare and costs a badge, not an answer
 * (the bot decides from each message's own text).
 */
@Component
class ConversationLanguageWatch implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ConversationLanguageWatch.class);
	/** Enough for every chat open on a node at once; past it the map starts again (one write each). */
	private static final int REMEMBERED = 20_000;
	private static final int WRITERS = 2;

	private final LanguageDetector detector;
	private final ConversationLanguages languages;
	private final Clock clock;
	private final Map<String, Language> lastWritten = new ConcurrentHashMap<>();
	private final ExecutorService offThePath = Executors.newVirtualThreadPerTaskExecutor();
	/**
	 * Writes at once, at most: the first messages of many new chats (a burst of customers) each note a
	 * language, and a virtual thread apiece would take every pooled connection, leaving the chat's
	 * writer queued behind them (200 new chats: p99 250 ms in the first seconds; issue 18).
	 */
	private final Semaphore writing = new Semaphore(WRITERS, true);

	ConversationLanguageWatch(LanguageDetector detector, ConversationLanguages languages, Clock clock) {
		this.detector = detector;
		this.languages = languages;
		this.clock = clock;
	}

	@EventListener
	void on(MessagePosted posted) {
		var message = posted.message();
		if (message.senderRole() != SenderRole.CUSTOMER || message.type() != MessageType.TEXT || message.text() == null
				|| message.text().isBlank()) {
			return;
		}
		var language = detector.detect(message.text());
		var chatId = message.chatId();
		if (lastWritten.get(chatId.value()) == language) {
			return;
		}
		if (lastWritten.size() >= REMEMBERED) {
			lastWritten.clear();
		}
		lastWritten.put(chatId.value(), language);
		// Forgotten if the batch rolls back: the group commit may store it again, and that must write.
		var at = clock.instant();
		AfterCommit.run(() -> offThePath.execute(() -> {
			writing.acquireUninterruptibly();
			try {
				languages.detected(chatId, language, at);
			}
			catch (RuntimeException e) {
				// Written again at the next change; forget it so the next message retries.
				lastWritten.remove(chatId.value(), language);
				log.warn("Could not record the language of chat {}", chatId.value(), e);
			}
			finally {
				writing.release();
			}
		}), () -> lastWritten.remove(chatId.value(), language));
	}

	@Override
	public void destroy() {
		offThePath.shutdown();
	}
}
