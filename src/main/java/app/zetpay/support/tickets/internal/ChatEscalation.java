package app.zetpay.support.tickets.internal;

import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.chat.ChatLookup;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.tickets.Priority;

/**
 * Turns a chat into a ticket with its transcript: the customer when no agent is online, or an agent
 * escalating something that needs more than a chat.
 */
@Service
public class ChatEscalation {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

	private final ChatLookup chats;
	private final TicketService tickets;
	private final TicketThread thread;

	ChatEscalation(ChatLookup chats, TicketService tickets, TicketThread thread) {
		this.chats = chats;
		this.tickets = tickets;
		this.thread = thread;
	}

	@Transactional
	public TicketView escalate(Caller caller, String chatId, @Nullable String issueType, @Nullable Priority priority) {
		var chat = chats.find(caller, chatId).orElseThrow(() -> ProblemException.notFound("Chat " + chatId));
		var transcript = chats.transcript(caller, chatId);
		var text = new StringBuilder();
		for (var message : transcript) {
			text.append('[').append(TIME.format(message.timestamp())).append(" UTC] ").append(message.senderName())
					.append(": ").append(message.text() == null ? "(image) " + message.imageUrl() : message.text())
					.append('\n');
		}
		var description = (chat.topic() == null ? "Raised from a support chat." : chat.topic())
				+ (transcript.isEmpty() ? "" : "\n\nChat transcript:\n" + text);
		if (description.length() > 8000) {
			description = description.substring(0, 7990) + "\n…";
		}
		var byCustomer = caller instanceof Caller.Customer;
		if (byCustomer && priority == Priority.URGENT) {
			throw new InvalidFieldException("priority", "customers may choose LOW, MEDIUM or HIGH");
		}
		if (caller instanceof Caller.Customer customer) {
			tickets.takeCreationPermit(customer);
		}
		var ticket = tickets.open(chat.customerId(), chat.customerName(),
				issueType == null || issueType.isBlank() ? "Support chat follow-up" : issueType,
				description, chat.associatedTransactionId(), priority == null ? Priority.MEDIUM : priority,
				byCustomer ? Ticket.Source.CUSTOMER : Ticket.Source.CHAT, null, chat.id().value(),
				TicketService.Actor.of(caller));
		thread.record(ticket.id(), caller.id(), caller.displayName(), "chat", null, chat.id().value(),
				ticket.createdAt());
		return tickets.detailed(ticket, caller instanceof Caller.Staff);
	}
}
