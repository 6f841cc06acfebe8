package app.zetpay.support.bot.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.BotChannel;
import app.zetpay.support.chat.BotChannel.Prompt;
import app.zetpay.support.chat.ConversationHandedBack;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationOpened;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.Handover;
import app.zetpay.support.chat.CustomerLanguages;
import app.zetpay.support.chat.CustomerWroteToBot;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.bot.internal.BotMetrics.Answer;
import app.zetpay.support.bot.internal.BotMetrics.HandoverCause;
import app.zetpay.support.helpcenter.HelpArticles;
import app.zetpay.support.language.EnglishGloss;
import app.zetpay.support.language.Language;
import app.zetpay.support.language.LanguageDetector;

/**
 * The bot as a participant: it hears every message of the conversations it answers (through the
 * event registry, so a message is answered even if a node dies in between), understands it, answers
 * from the help centre or runs a guided flow, and hands over to a person when asked, when it fails
 * to understand twice, when the customer is angry, or when a flow needs one. Once a conversation is
 * handed over it stays silent until an agent hands it back. Each reply names the prompt it answers,
 * so an event delivered again after a crash cannot post a second answer.
 */
@Component
class TriageBot {

	private static final Logger log = LoggerFactory.getLogger(TriageBot.class);
	private static final Set<String> SOLVED = Set.of("that solved it", "solved", "yes that solved it", "it worked",
			"thanks that helped");

	private final BotChannel chat;
	private final BotSessions sessions;
	private final IntentClassifier classifier;
	private final Intents intents;
	private final HelpArticles help;
	private final PaymentFlows flows;
	private final AnswerPhrasing phrasing;
	private final BotMetrics metrics;
	private final HandoverSettings handover;
	private final CustomerLanguages customerLanguages;
	private final LanguageDetector languages;

	TriageBot(BotChannel chat, BotSessions sessions, IntentClassifier classifier, Intents intents, HelpArticles help,
			PaymentFlows flows, AnswerPhrasing phrasing, BotMetrics metrics, HandoverSettings handover,
			CustomerLanguages customerLanguages, LanguageDetector languages) {
		this.customerLanguages = customerLanguages;
		this.languages = languages;
		this.chat = chat;
		this.sessions = sessions;
		this.classifier = classifier;
		this.intents = intents;
		this.help = help;
		this.flows = flows;
		this.phrasing = phrasing;
		this.metrics = metrics;
		this.handover = handover;
	}

	@ApplicationModuleListener
	void on(ConversationOpened opened) {
		if (opened.status() != ConversationStatus.BOT) {
			return;
		}
		var id = new ConversationId(opened.conversationId());
		var session = sessions.lock(opened.conversationId(), opened.customerId());
		if (!session.told.isEmpty()) {
			return; // Greeted already: the event was delivered twice.
		}
		session.transactionId = opened.transactionId();
		speaksFirst(session, id);
		var say = BotTexts.in(session.replyIn);
		metrics.conversationTaken();
		var prompt = Prompt.opening(id);
		if (opened.transactionId() != null) {
			session.told("greeted; the chat came from transaction " + opened.transactionId());
			say(chat.find(id).orElseThrow(), session, prompt, flows.openedFrom(session));
			sessions.save(session);
			return;
		}
		var suggestions = help.contextual(opened.screen(), opened.errorCode(), 3);
		var greeting = say.get("greeting", say.get("hello"));
		if (!suggestions.isEmpty()) {
			var text = new StringBuilder(greeting).append("\n\n").append(say.get("suggestions"));
			suggestions.stream().map(a -> inReplyLanguage(a, session))
					.forEach(a -> text.append("\n• ").append(a.title()).append(" (").append(a.link()).append(')'));
			chat.reply(id, prompt, text.toString(), say.starters());
			session.told("greeted and suggested " + String.join(", ", suggestions.stream().map(a -> a.slug()).toList()));
		}
		else {
			chat.reply(id, prompt, greeting, say.starters());
			session.told("greeted");
		}
		sessions.save(session);
	}

	@ApplicationModuleListener
	void on(CustomerWroteToBot wrote) {
		var message = wrote.message();
		var conversation = chat.find(message.chatId()).orElse(null);
		if (conversation == null || conversation.status() != ConversationStatus.BOT) {
			return; // A person has it: the bot stays out.
		}
		var session = sessions.lock(conversation.id().value(), conversation.customerId());
		if (session.handedOver || message.seq() <= session.answeredSeq) {
			// Handed over, or delivered again: the registry marks an event complete in a transaction of
			// its own, so a crash between the two commits replays one the bot has already answered.
			return;
		}
		session.answeredSeq = message.seq();
		var prompt = Prompt.message(message);
		var stored = customerLanguages.of(conversation.id());
		session.preferred = stored.preferred();
		session.wroteIn = message.text() == null ? null : languages.detect(message.text());
		session.customerSaid = message.text();
		session.replyIn = BotSession.replyLanguage(session.wroteIn, stored.preferred(), stored.detected());
		if (message.type() != MessageType.TEXT || message.text() == null) {
			var say = BotTexts.in(session.replyIn);
			chat.reply(conversation.id(), prompt, say.get("picture"), List.of(say.reply("person")));
			session.told("asked the customer to describe the picture they sent");
			sessions.save(session);
			return;
		}
		if (session.transactionId == null) {
			session.transactionId = conversation.transactionId();
		}
		try {
			// A quick reply tapped in Hindi means what its English twin does.
			answer(conversation, session, prompt, BotTexts.neutral(message.text()));
		}
		catch (RuntimeException e) {
			// Whatever broke, the customer must not be left with silence.
			log.error("The bot could not answer in {}", conversation.id().value(), e);
			handOver(conversation, session, handover.currentOrDefaults(), Handover.Cause.BOT_ERROR, "The bot hit an error: " + e.getClass().getSimpleName());
		}
		sessions.save(session);
	}

	@ApplicationModuleListener
	void on(ConversationHandedBack back) {
		var conversation = chat.find(new ConversationId(back.conversationId())).orElse(null);
		if (conversation == null || conversation.status() != ConversationStatus.BOT) {
			return;
		}
		var session = sessions.lock(back.conversationId(), conversation.customerId());
		if (back.seq() <= session.answeredSeq) {
			return; // Delivered again after a crash: welcomed back already.
		}
		session.answeredSeq = back.seq();
		session.handedOver = false;
		session.misunderstood = 0;
		session.step = null;
		speaksFirst(session, conversation.id());
		var say = BotTexts.in(session.replyIn);
		chat.reply(conversation.id(), Prompt.handBack(back), say.get("back"), say.starters());
		session.told("back after " + back.agentName() + " handed the chat back");
		sessions.save(session);
	}

	/** The bot opens or comes back: in the customer's chosen language, else the one they last wrote in. */
	private void speaksFirst(BotSession session, ConversationId id) {
		var stored = customerLanguages.of(id);
		session.preferred = stored.preferred();
		session.replyIn = BotSession.replyLanguage(null, stored.preferred(), stored.detected());
	}

	private void answer(BotChannel.BotConversation conversation, BotSession session, Prompt prompt, String text) {
		var say = BotTexts.in(session.replyIn);
		// Read per message: an admin's change to the rules holds from the next message on, on every node.
		var rules = handover.current();
		// "kisi insaan se baat karni hai" asks for a person as plainly as English does: the rules read the gloss too.
		var first = rules.before(text).or(() -> session.wroteIn != null && session.wroteIn.isHindi()
				? rules.before(languages.inEnglish(text)) : Optional.empty());
		if (first.isPresent()) {
			handOver(conversation, session, rules, first.get(), first.get() == Handover.Cause.UPSET_CUSTOMER
					? "The customer sounds upset" : "The customer asked for a person");
			return;
		}
		if (session.step == BotSession.Step.CHOOSE_TRANSACTION) {
			var turn = flows.chosen(session, text);
			if (turn.isPresent()) {
				say(conversation, session, prompt, turn.get());
				return;
			}
		}
		if (SOLVED.contains(normalised(text))) {
			chat.reply(conversation.id(), prompt, say.get("solved"), List.of());
			session.told("the customer said it was solved");
			return;
		}
		if (classifier.activeVersion() == 0) {
			// No model yet (the first one trains in the background after a first start): guessing from
			// search alone would answer off the mark, so a person takes the chat.
			handOver(conversation, session, rules, Handover.Cause.BOT_NOT_READY,
					"The bot's intent model is not ready yet (first start or training)");
			return;
		}
		var prediction = metrics.understanding().record(() -> classifier.classify(text)).orElse(null);
		if (prediction == null || !rules.understood(prediction.confidence())) {
			if (prediction != null) {
				session.detected(prediction.intent(), prediction.confidence());
			}
			notUnderstood(conversation, session, rules, prompt, text, () -> bestArticle(text));
			return;
		}
		session.misunderstood = 0;
		session.detected(prediction.intent(), prediction.confidence());
		var intent = intents.find(prediction.intent()).orElse(null);
		if (intent != null && intent.team() != null) {
			// The chat is this team's in the reports, also if the bot settles it alone (decision 0042).
			chat.classified(conversation.id(), intent.team());
		}
		var flow = intent == null ? null : intent.flow();
		if (flow != null) {
			switch (flow) {
				case HUMAN -> handOver(conversation, session, rules, Handover.Cause.ASKED_FOR_PERSON, "The customer asked for a person");
				case BLOCKED_OR_FRAUD -> handOver(conversation, session, rules, Handover.Cause.SUSPECTED_FRAUD,
						"Blocked card/account or suspected fraud (" + prediction.intent() + "): needs a person now");
				case FAILED_PAYMENT -> say(conversation, session, prompt, flows.failedPayment(session));
				case REFUND_STATUS -> say(conversation, session, prompt, flows.refundStatus(session));
			}
			return;
		}
		var article = intent != null && intent.articleSlug() != null ? help.find(intent.articleSlug()).orElse(null)
				: null;
		if (article == null && prediction.intent().equals("greeting")) {
			chat.reply(conversation.id(), prompt, say.get("said-hello"), say.starters());
			session.told("said hello");
			metrics.answered(Answer.SMALL_TALK);
			return;
		}
		if (article == null && prediction.intent().equals("thanks")) {
			chat.reply(conversation.id(), prompt, say.get("welcome"), List.of());
			session.told("said you're welcome");
			metrics.answered(Answer.SMALL_TALK);
			return;
		}
		var found = article != null ? Optional.of(article) : bestArticle(text);
		if (found.isEmpty()) {
			notUnderstood(conversation, session, rules, prompt, text, Optional::empty); // searched already, nothing
			return;
		}
		answerWith(conversation.id(), session, prompt, found.get(), text, false);
	}

	private static String times(int count) {
		return count == 2 ? "twice" : count + " times";
	}

	private Optional<HelpArticles.ArticleBrief> bestArticle(String text) {
		return help.search(text, 1).stream().findFirst();
	}

	/** @param best the closest article, searched for only when the bot answers rather than hands over */
	private void notUnderstood(BotChannel.BotConversation conversation, BotSession session, HandoverRules rules,
			Prompt prompt, String text, Supplier<Optional<HelpArticles.ArticleBrief>> best) {
		session.misunderstood++;
		if (rules.enoughMisunderstood(session.misunderstood)) {
			handOver(conversation, session, rules, Handover.Cause.LOW_CONFIDENCE, session.misunderstood == 1
					? "The bot did not understand the customer"
					: "The bot did not understand the customer " + times(session.misunderstood) + " in a row");
			return;
		}
		var hit = best.get();
		var say = BotTexts.in(session.replyIn);
		if (hit.isPresent()) {
			answerWith(conversation.id(), session, prompt, hit.get(), text, true);
		}
		else {
			chat.reply(conversation.id(), prompt, say.get("rephrase"), say.starters());
			session.told("asked the customer to rephrase");
			metrics.answered(Answer.REPHRASE);
		}
	}

	/**
	 * The article's answer, in a language model's words when one is configured and willing, else its
	 * lead. The bot's own words around it are in the customer's language; the article is the help
	 * centre's (English until it has the customer's language), which a Hindi reader is told.
	 */
	private void answerWith(ConversationId id, BotSession session, Prompt prompt, HelpArticles.ArticleBrief article,
			String message, boolean unsure) {
		var say = BotTexts.in(session.replyIn);
		var shown = inReplyLanguage(article, session);
		var translated = !shown.locale().equals(article.locale());
		// The language model is grounded in the English text: a Hindi version is shown as written.
		Optional<String> phrased = translated ? Optional.empty()
				: phrasing.phrase(message, article.title(), () -> help.text(article.slug()));
		var inEnglish = translated ? "" : say.get("article-in-english");
		chat.reply(id, prompt, (unsure ? say.get("not-sure") : "") + "**" + shown.title() + "**\n"
				+ phrased.orElse(shown.lead()) + (inEnglish.isEmpty() ? "" : "\n" + inEnglish) + "\n\n"
				+ say.get("read-more", shown.link()) + "\n\n" + say.get("did-that-solve-it"), say.solvedOrPerson());
		session.told("answered with the article \"" + article.title() + "\""
				+ (phrased.isPresent() ? " (in the language model's words)" : ""));
		metrics.answered(phrased.isPresent() ? Answer.ARTICLE_PHRASED : Answer.ARTICLE);
	}

	/**
	 * The article's Hindi version (title, lead, link) for a reply in Hindi when one is published; else
	 * the brief as found. What the bot notes for the agent keeps the English title.
	 */
	private HelpArticles.ArticleBrief inReplyLanguage(HelpArticles.ArticleBrief article, BotSession session) {
		return session.replyIn == Language.HINDI ? help.find(article.slug(), Language.HINDI.tag()).orElse(article)
				: article;
	}

	private void say(BotChannel.BotConversation conversation, BotSession session, Prompt prompt,
			PaymentFlows.Turn turn) {
		session.told(turn.told());
		if (turn.handOver()) {
			handOver(conversation, session, handover.current(), turn.handOverFor(), turn.reason());
			return;
		}
		chat.reply(conversation.id(), prompt, turn.text(), turn.quickReplies());
		metrics.answered(Answer.FLOW);
	}

	private void handOver(BotChannel.BotConversation conversation, BotSession session, HandoverRules rules,
			Handover.Cause cause, String reason) {
		var why = Handover.of(cause);
		var urgent = why.priority() == Handover.Priority.URGENT;
		var summary = summary(conversation, session, reason);
		var say = BotTexts.in(session.replyIn);
		var notice = switch (cause) {
			case SUSPECTED_FRAUD -> say.get("handover.fraud");
			case BOT_NOT_READY -> say.get("handover.not-ready");
			default -> say.get("handover.default");
		};
		if (chat.handOver(conversation.id(), urgent ? rules.urgentTeam() : null, why, summary, notice)) {
			session.handedOver = true;
			session.step = null;
			metrics.handedOver(HandoverCause.of(cause));
		}
	}

	/** The note an agent reads first: why, what the bot understood, what it said, which payment, where from. */
	static String summary(BotChannel.BotConversation conversation, BotSession session, String reason) {
		var lines = new ArrayList<String>();
		lines.add("Handed over by the bot: " + reason + ".");
		lines.add("Detected intents: " + (session.intents.isEmpty() ? "none" : String.join(", ", session.intents)) + ".");
		if (session.flow != null) {
			lines.add("Flow: " + session.flow + ".");
		}
		lines.add("Bot told the customer: " + (session.told.isEmpty() ? "nothing yet" : String.join("; ", session.told))
				+ ".");
		lines.add("Transaction: " + (session.transactionId == null ? "none identified" : session.transactionId) + ".");
		lines.add("Opened from: " + (conversation.screen() == null ? "unknown screen" : "screen " + conversation.screen())
				+ (conversation.errorCode() == null ? "" : ", error " + conversation.errorCode())
				+ (conversation.topic() == null ? "" : ", topic \"" + conversation.topic() + "\"") + ".");
		if (session.wroteIn != null || session.preferred != null) {
			lines.add("Language: " + (session.wroteIn == null ? "" : "writes " + name(session.wroteIn) + "; ")
					+ (session.preferred == null ? "" : "chose " + name(session.preferred) + " in the app; ")
					+ "the bot answered in " + name(session.replyIn) + ".");
		}
		var said = session.customerSaid;
		if (said != null && session.wroteIn != null && session.wroteIn.isHindi()) {
			// The agent may not read Hindi: what the last message meant, in the bot's English words.
			lines.add("Last message, glossed in English: \"" + EnglishGloss.of(said) + "\".");
		}
		return String.join("\n", lines);
	}

	private static String name(Language language) {
		return switch (language) {
			case ENGLISH -> "English";
			case HINDI -> "Hindi (Devanagari)";
			case HINGLISH -> "Hinglish (Hindi in Roman letters)";
		};
	}

	private static String normalised(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replaceAll("\\s+", " ").strip();
	}

}
