package app.zetpay.support.bot.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.Handover;
import app.zetpay.support.chat.QuickReply;
import app.zetpay.support.language.Language;
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

	/** The English quick reply; a tap on it in any language reaches {@link #chosen} as this (BotTexts.neutral). */
	static final String NOT_LISTED = BotTexts.in(Language.ENGLISH).get("reply.not-listed");
	/** What a customer can start with, in English: the two money flows, or a person. */
	static final List<QuickReply> STARTERS = BotTexts.in(Language.ENGLISH).starters();
	private static final int RECENT = 5;

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
		var say = BotTexts.in(session.replyIn);
		try {
			if (session.transactionId != null) {
				var known = transactions.find(session.customerId, session.transactionId);
				if (known.isPresent()) {
					return explain(session, known.get());
				}
			}
			return choice(session, say.get("flow.which-payment"))
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
		var say = BotTexts.in(session.replyIn);
		var hello = say.get("hello");
		try {
			var known = transactions.find(session.customerId, id);
			if (known.isPresent()) {
				return explain(session, known.get()).after(hello);
			}
			var notFound = say.get("flow.not-found", id);
			return choice(session, say.get("flow.not-found-which", notFound))
				.map(turn -> turn.after(hello))
				.orElseGet(() -> {
					session.flow = null;
					return Turn.say(say.get("flow.not-found-start", hello, notFound), say.starters(),
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
		var say = BotTexts.in(session.replyIn);
		var replies = new ArrayList<QuickReply>();
		for (var transaction : recent) {
			replies.add(new QuickReply(label(say, transaction), transaction.id()));
		}
		replies.add(say.reply("not-listed"));
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
		var say = BotTexts.in(session.replyIn);
		var cases = refunds.of(session.customerId, 3);
		if (cases.isEmpty()) {
			return Turn.say(say.get("flow.no-refund"), List.of(say.reply("failed-debited"), say.reply("person")),
					"no refund ticket found");
		}
		var text = new StringBuilder(say.get("flow.refunds"));
		for (var refund : cases) {
			text.append(say.get("flow.refund-line", refund.ticketNumber(), refund.transactionId(), status(say, refund)));
		}
		session.transactionId = cases.getFirst().transactionId();
		return Turn.say(text.toString(), say.solvedOrPerson(),
				"refund status of " + cases.size() + " ticket(s), latest " + cases.getFirst().ticketNumber());
	}

	private Turn explain(BotSession session, Transaction transaction) {
		session.transactionId = transaction.id();
		var say = BotTexts.in(session.replyIn);
		var what = describe(say, transaction);
		// What the agent reads (told) stays English whatever the customer is answered in.
		var english = describe(BotTexts.in(Language.ENGLISH), transaction);
		var next = say.solvedOrPerson();
		return switch (transaction.status()) {
			case FAILED -> {
				if (!transaction.debited()) {
					yield Turn.say(say.get("flow.failed-not-debited", what), next, english + ": failed, not debited");
				}
				var refund = refunds.forFailedDebit(transaction);
				var eta = refund.refundEta() == null ? say.get("flow.eta-days")
						: say.get("flow.eta-by", IstFormat.day(refund.refundEta()));
				var ticket = refund.created() ? say.get("flow.ticket-raised", refund.ticketNumber())
						: say.get("flow.ticket-open", refund.ticketNumber());
				var etaInEnglish = refund.refundEta() == null ? "within 3 banking days"
						: "by " + IstFormat.day(refund.refundEta());
				yield Turn.say(say.get("flow.failed-debited", what, ticket, eta), next,
						english + ": failed and debited; ticket " + refund.ticketNumber() + ", refund " + etaInEnglish);
			}
			case PENDING -> Turn.say(say.get("flow.pending", what), next, english + ": pending");
			case SUCCESS -> Turn.say(say.get("flow.success", what), next, english + ": successful");
			case REFUNDED -> Turn.say(say.get("flow.refunded", what), next, english + ": refunded");
		};
	}

	private static Turn paymentsDown() {
		return Turn.escalate(Handover.Cause.PAYMENTS_UNAVAILABLE, "The payments system did not answer, so the bot could not check the transaction",
				"could not reach the payments system");
	}


	private static String status(BotTexts say, RefundCases.RefundCase refund) {
		return switch (refund.status()) {
			case RESOLVED, CLOSED -> say.get("flow.refund-settled",
					say.get("status." + refund.status().name().toLowerCase(Locale.ROOT)));
			default -> refund.refundEta() == null ? say.get("flow.refund-in-progress")
					: say.get("flow.refund-by", IstFormat.day(refund.refundEta()));
		};
	}

	static String describe(BotTexts say, Transaction transaction) {
		return say.get("flow.payment", money(transaction), transaction.method().name(),
				transaction.counterparty() == null ? "" : say.get("flow.payment-to", transaction.counterparty()),
				IstFormat.dateTime(transaction.occurredAt()), transaction.id());
	}

	private static String label(BotTexts say, Transaction transaction) {
		var label = money(transaction)
				+ (transaction.counterparty() == null ? "" : say.get("flow.label-to", transaction.counterparty()))
				+ " · " + say.get("status." + transaction.status().name().toLowerCase(Locale.ROOT));
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
