package app.zetpay.support.bot.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.Handover;
import app.zetpay.support.chat.QuickReply;
import app.zetpay.support.payments.PaymentsUnavailableException;
import app.zetpay.support.payments.Transaction;
import app.zetpay.support.payments.Transactions;
import app.zetpay.support.tickets.RefundCases;

/**
 * The guided flows about money: which transaction, what happened to it, and the refund ticket when
 * a failed payment took the money. What the bot says comes back as a {@link Turn}; the bot decides
 * whether to hand over.
 */
@Component
class PaymentFlows {

	static final String NOT_LISTED = "It's not in this list";
	static final String HELLO = "Hi, I'm the Zet Pay Assistant.";
	/** What a customer can start with: the two money flows, or a person. */
	static final List<QuickReply> STARTERS = List.of(QuickReply.of("Payment failed but money debited"),
			QuickReply.of("Where is my refund?"), QuickReply.of("Talk to a person"));
	private static final int RECENT = 5;
	/** After an answer: the customer says it is solved, or asks for a person. */
	static final List<QuickReply> SOLVED_OR_PERSON = List.of(QuickReply.of("That solved it"),
			QuickReply.of("Talk to a person"));

	private final Transactions transactions;
	private final RefundCases refunds;

	PaymentFlows(Transactions transactions, RefundCases refunds) {
		this.transactions = transactions;
		this.refunds = refunds;
	}

	/** What the bot says next, and whether a person must take over (with why). */
	record Turn(String text, List<QuickReply> quickReplies, String told, Handover.@Nullable Cause handOverFor,
			String reason) {

		static Turn say(String text, List<QuickReply> quickReplies, String told) {
			return new Turn(text, quickReplies, told, null, "");
		}

		static Turn escalate(Handover.Cause cause, String reason, String told) {
			return new Turn("", List.of(), told, cause, reason);
		}

		boolean handOver() {
			return handOverFor != null;
		}

		/** The same turn, said after {@code opening}. */
		Turn after(String opening) {
			return handOver() ? this : new Turn(opening + " " + text, quickReplies, told, null, reason);
		}
	}

	/** Starts the failed-payment flow: the transaction the chat came with, or a choice of recent ones. */
	Turn failedPayment(BotSession session) {
		session.flow = "failed payment";
		try {
			if (session.transactionId != null) {
				var known = transactions.find(session.customerId, session.transactionId);
				if (known.isPresent()) {
					return explain(session, known.get());
				}
			}
			return choice(session, "Sorry about that. Which payment is it? Here are your latest ones:")
				.orElseGet(() -> Turn.escalate(Handover.Cause.FAILED_PAYMENT, "Failed payment, but the customer has no recent transaction on record",
						"found no recent transaction"));
		}
		catch (PaymentsUnavailableException e) {
			return paymentsDown();
		}
	}

	/**
	 * The first words of a chat the app opened from a transaction, before the customer has said
	 * anything (so a greeting, not an apology): what happened to that payment, or, when the customer
	 * has no such transaction, that it was not found and a choice of their recent ones, else the
	 * usual starters.
	 */
	Turn openedFrom(BotSession session) {
		var id = session.transactionId;
		if (id == null) {
			throw new IllegalArgumentException("The chat was not opened from a transaction");
		}
		session.flow = "failed payment";
		try {
			var known = transactions.find(session.customerId, id);
			if (known.isPresent()) {
				return explain(session, known.get()).after(HELLO);
			}
			var notFound = "I couldn't find the payment " + id + " on your account.";
			return choice(session, notFound + " Which payment do you need help with? Here are your latest ones:")
				.map(turn -> turn.after(HELLO))
				.orElseGet(() -> {
					session.flow = null;
					return Turn.say(HELLO + " " + notFound + " Tell me in a few words what went wrong, or pick one "
							+ "below. You can ask for a person at any time.", STARTERS,
							"could not find transaction " + id + ", and the customer has no recent one");
				});
		}
		catch (PaymentsUnavailableException e) {
			return paymentsDown();
		}
	}

	/** Asks which of the customer's recent transactions it is about; empty when they have none. */
	private Optional<Turn> choice(BotSession session, String question) {
		var recent = transactions.recent(session.customerId, RECENT);
		if (recent.isEmpty()) {
			return Optional.empty();
		}
		session.step = BotSession.Step.CHOOSE_TRANSACTION;
		var replies = new ArrayList<QuickReply>();
		for (var transaction : recent) {
			replies.add(new QuickReply(label(transaction), transaction.id()));
		}
		replies.add(QuickReply.of(NOT_LISTED));
		return Optional.of(Turn.say(question, replies, "asked which of " + recent.size() + " recent transactions"));
	}

	/** The customer's answer while choosing: a transaction id (from a button) or something else. */
	Optional<Turn> chosen(BotSession session, String text) {
		session.step = null;
		if (text.strip().equalsIgnoreCase(NOT_LISTED)) {
			return Optional.of(Turn.escalate(Handover.Cause.FAILED_PAYMENT, "The payment in question is not among the 5 latest transactions",
					"the payment was not in the recent list"));
		}
		try {
			var id = text.strip();
			var found = transactions.find(session.customerId, id);
			if (found.isEmpty()) {
				// Not a pick: the customer changed the subject, which the caller handles.
				return Optional.empty();
			}
			return Optional.of(explain(session, found.get()));
		}
		catch (PaymentsUnavailableException e) {
			return Optional.of(paymentsDown());
		}
	}

	/** The refund-status flow: the customer's refund tickets, newest first. */
	Turn refundStatus(BotSession session) {
		session.flow = "refund status";
		var cases = refunds.of(session.customerId, 3);
		if (cases.isEmpty()) {
			return Turn.say("I can't find a refund in progress for you. If a payment failed but the money was "
					+ "taken, tell me and I'll check it.", List.of(QuickReply.of("Payment failed but money debited"),
							QuickReply.of("Talk to a person")),
					"no refund ticket found");
		}
		var text = new StringBuilder("Here is where your refunds stand:");
		for (var refund : cases) {
			text.append("\n• Ticket ").append(refund.ticketNumber()).append(" for transaction ")
					.append(refund.transactionId()).append(": ").append(status(refund));
		}
		session.transactionId = cases.getFirst().transactionId();
		return Turn.say(text.toString(), SOLVED_OR_PERSON,
				"refund status of " + cases.size() + " ticket(s), latest " + cases.getFirst().ticketNumber());
	}

	private Turn explain(BotSession session, Transaction transaction) {
		session.transactionId = transaction.id();
		var what = describe(transaction);
		return switch (transaction.status()) {
			case FAILED -> {
				if (!transaction.debited()) {
					yield Turn.say(what + " failed, and no money left your account, so there is nothing to refund. "
							+ "You can safely try again.", SOLVED_OR_PERSON, what + ": failed, not debited");
				}
				var refund = refunds.forFailedDebit(transaction);
				var eta = refund.refundEta() == null ? "within 3 banking days"
						: "by " + IstFormat.day(refund.refundEta());
				yield Turn.say(what + " failed, but the money was debited. " + (refund.created()
						? "I've raised ticket " + refund.ticketNumber() + " for you"
						: "Ticket " + refund.ticketNumber() + " is already open for it")
						+ ": the amount comes back to your account automatically " + eta
						+ ". You don't need to do anything, and you'll be told when it's done.", SOLVED_OR_PERSON,
						what + ": failed and debited; ticket " + refund.ticketNumber() + ", refund " + eta);
			}
			case PENDING -> Turn.say(what + " is still pending: the bank hasn't confirmed it yet. Please don't pay "
					+ "again. Most pending payments settle within 2 hours; if it fails, the money comes back on its own.",
					SOLVED_OR_PERSON, what + ": pending");
			case SUCCESS -> Turn.say(what + " was successful: the money reached the recipient's bank. If they "
					+ "can't see it, ask them to check with their bank using the UTR in your transaction details.",
					SOLVED_OR_PERSON, what + ": successful");
			case REFUNDED -> Turn.say(what + " has already been refunded to your account.", SOLVED_OR_PERSON,
					what + ": refunded");
		};
	}

	private static Turn paymentsDown() {
		return Turn.escalate(Handover.Cause.PAYMENTS_UNAVAILABLE, "The payments system did not answer, so the bot could not check the transaction",
				"could not reach the payments system");
	}


	private static String status(RefundCases.RefundCase refund) {
		return switch (refund.status()) {
			case RESOLVED, CLOSED -> "refunded or settled (" + refund.status().name().toLowerCase(Locale.ROOT) + ")";
			default -> refund.refundEta() == null ? "in progress"
					: "in progress, money back by "
							+ IstFormat.day(refund.refundEta());
		};
	}

	static String describe(Transaction transaction) {
		return "Your " + money(transaction) + " " + transaction.method().name() + " payment"
				+ (transaction.counterparty() == null ? "" : " to " + transaction.counterparty()) + " on "
				+ IstFormat.dateTime(transaction.occurredAt()) + " (" + transaction.id() + ")";
	}

	private static String label(Transaction transaction) {
		var label = money(transaction) + (transaction.counterparty() == null ? "" : " to " + transaction.counterparty())
				+ " · " + transaction.status().name().toLowerCase(Locale.ROOT);
		return label.length() > 60 ? label.substring(0, 59) + "…" : label;
	}

	static String money(Transaction transaction) {
		if (!"INR".equals(transaction.currency())) {
			return transaction.currency() + " " + transaction.amount().toPlainString();
		}
		// ₹1,25,000 and ₹3,862.80: Indian grouping (lakhs), which java.text does not do, and paise only
		// when there are some.
		var amount = transaction.amount().setScale(2, java.math.RoundingMode.HALF_UP);
		var rupees = amount.toBigInteger().toString();
		var grouped = new StringBuilder();
		var head = rupees.length() > 3 ? rupees.substring(0, rupees.length() - 3) : "";
		for (int i = 0; i < head.length(); i++) {
			if (i > 0 && (head.length() - i) % 2 == 0) {
				grouped.append(',');
			}
			grouped.append(head.charAt(i));
		}
		grouped.append(head.isEmpty() ? "" : ",").append(rupees.substring(Math.max(0, rupees.length() - 3)));
		var paise = amount.remainder(java.math.BigDecimal.ONE).movePointRight(2).intValue();
		return "₹" + grouped + (paise == 0 ? "" : ".%02d".formatted(paise));
	}

}
