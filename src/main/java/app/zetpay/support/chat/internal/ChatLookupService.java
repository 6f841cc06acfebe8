package app.zetpay.support.chat.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.chat.ChatLookup;
import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.identity.Caller;

@Service
class ChatLookupService implements ChatLookup {

	private static final int PAGE = 500;

	private final Conversations conversations;
	private final Messages messages;

	ChatLookupService(Conversations conversations, Messages messages) {
		this.conversations = conversations;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ChatSummary> find(Caller caller, String chatId) {
		return conversation(caller, chatId).map(c -> new ChatSummary(c.id(), c.customerId(), c.customerName(),
				c.status(), c.assignedAgentId(), c.topic(), c.associatedTransactionId()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ChatMessage> transcript(Caller caller, String chatId) {
		var conversation = conversation(caller, chatId).orElseThrow();
		var all = new ArrayList<ChatMessage>();
		long after = 0;
		while (true) {
			var page = messages.after(conversation.id(), after, PAGE);
			all.addAll(page);
			if (page.size() < PAGE) {
				return all;
			}
			after = page.getLast().seq();
		}
	}

	private Optional<Conversation> conversation(Caller caller, String chatId) {
		if (!ConversationId.isValid(chatId)) {
			return Optional.empty();
		}
		return conversations.findById(new ConversationId(chatId)).filter(c -> c.isVisibleTo(caller));
	}
}
