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
import app.zetpay.support.chat.CustomerWroteToBot;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.chat.QuickReply;
import app.zetpay.support.bot.internal.BotMetrics.Answer;
import app.zetpay.support.bot.internal.BotMetrics.HandoverCause;
import app.zetpay.support.helpcenter.HelpArticles;

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
	private static final List<QuickReply> STARTERS = PaymentFlows.STARTERS;
	private static final String GREETING = PaymentFlows.HELLO + " Tell me in a few words what went wrong, or pick one "
			+ "below. You can ask for a person at any time.";

	private final BotChannel chat;
	private final BotSessions sessions;
	private final IntentClassifier classifier;
	private final Intents intents;
	private final HelpArticles help;
	private final PaymentFlows flows;
	private final AnswerPhrasing phrasing;
	private final BotMetrics metrics;
	private final HandoverSettings handover;

	TriageBot(BotChannel chat, BotSessions sessions, IntentClassifier classifier, Intents intents, HelpArticles help,
			PaymentFlows flows, AnswerPhrasing phrasing, BotMetrics metrics, HandoverSettings handover) {
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
		metrics.conversationTaken();
		var prompt = Prompt.opening(id);
		if (opened.transactionId() != null) {
			session.told("greeted; the chat came from transaction " + opened.transactionId());
			say(chat.find(id).orElseThrow(), session, prompt, flows.openedFrom(session));
			sessions.save(session);
			return;
		}
		var suggestions = help.contextual(opened.screen(), opened.errorCode(), 3);
		if (!suggestions.isEmpty()) {
			var text = new StringBuilder(GREETING).append("\n\nThese may help with what you were doing:");
			suggestions.forEach(a -> text.append("\n• ").append(a.title()).append(" (").append(a.link()).append(')'));
			chat.reply(id, prompt, text.toString(), STARTERS);
			session.told("greeted and suggested " + String.join(", ", suggestions.stream().map(a -> a.slug()).toList()));
		}
		else {
			chat.reply(id, prompt, GREETING, STARTERS);
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
		if (message.type() != MessageType.TEXT || message.text() == null) {
			chat.reply(conversation.id(), prompt, "I can't look at pictures, but a person can. Tell me the problem in a few "
					+ "words, or ask for a person.", List.of(QuickReply.of("Talk to a person")));
			session.told("asked the customer to describe the picture they sent");
			sessions.save(session);
			return;
		}
		if (session.transactionId == null) {
			session.transactionId = conversation.transactionId();
		}
		try {
			answer(conversation, session, prompt, message.text());
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
		chat.reply(conversation.id(), Prompt.handBack(back), "I'm here again. Is there anything else I can help with?",
				STARTERS);
		session.told("back after " + back.agentName() + " handed the chat back");
		sessions.save(session);
	}

	private void answer(BotChannel.BotConversation conversation, BotSession session, Prompt prompt, String text) {
		// Read per message: an admin's change to the rules holds from the next message on, on every node.
		var rules = handover.current();
		var first = rules.before(text);
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
			chat.reply(conversation.id(), prompt, "Glad that helped. If anything else comes up, just write here.",
					List.of());
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
			chat.reply(conversation.id(), prompt, "Hello! What can I help you with today?", STARTERS);
			session.told("said hello");
			metrics.answered(Answer.SMALL_TALK);
			return;
		}
		if (article == null && prediction.intent().equals("thanks")) {
			chat.reply(conversation.id(), prompt, "You're welcome! Anything else?", List.of());
			session.told("said you're welcome");
			metrics.answered(Answer.SMALL_TALK);
			return;
		}
		var found = article != null ? Optional.of(article) : bestArticle(text);
		if (found.isEmpty()) {
			notUnderstood(conversation, session, rules, prompt, text, Optional::empty); // searched already, nothing
			return;
		}
		answerWith(conversation.id(), session, prompt, found.get(), text, "");
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
		if (hit.isPresent()) {
			answerWith(conversation.id(), session, prompt, hit.get(), text, "I'm not sure I understood, but this might help. ");
		}
		else {
			chat.reply(conversation.id(), prompt, "Sorry, I didn't get that. Could you say it in other words?", STARTERS);
			session.told("asked the customer to rephrase");
			metrics.answered(Answer.REPHRASE);
		}
	}

	/** The article's answer, in a language model's words when one is configured and willing, else its lead. */
	private void answerWith(ConversationId id, BotSession session, Prompt prompt, HelpArticles.ArticleBrief article,
			String message, String preface) {
		var phrased = phrasing.phrase(message, article.title(), () -> help.text(article.slug()));
		chat.reply(id, prompt, preface + "**" + article.title() + "**\n" + phrased.orElse(article.lead()) + "\n\nRead more: "
				+ article.link() + "\n\nDid that solve it?", PaymentFlows.SOLVED_OR_PERSON);
		session.told("answered with the article \"" + article.title() + "\""
				+ (phrased.isPresent() ? " (in the language model's words)" : ""));
		metrics.answered(phrased.isPresent() ? Answer.ARTICLE_PHRASED : Answer.ARTICLE);
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
		var notice = switch (cause) {
			case SUSPECTED_FRAUD -> "I'm connecting you to a person right away. If you think someone is using your account, "
					+ "block your card from Cards > Block card while you wait, and never share an OTP or PIN.";
			case BOT_NOT_READY -> "I'm still getting ready and can't answer questions yet, so I'm connecting you to a "
					+ "person. They will see what you wrote, so you won't need to repeat it.";
			default -> "I'm connecting you to a person. They will see what we've talked about, so you won't need to repeat it.";
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
		return String.join("\n", lines);
	}

	private static String normalised(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replaceAll("\\s+", " ").strip();
	}

}
