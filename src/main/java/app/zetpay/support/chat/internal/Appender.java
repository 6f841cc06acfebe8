package app.zetpay.support.chat.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.CustomerWroteToBot;
import app.zetpay.support.chat.MessagePosted;
import app.zetpay.support.chat.NoteMentioned;
import app.zetpay.support.chat.SenderRole;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.masking.SensitiveData;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;

/**
 * The one place a message is stored, whoever writes it: in the current transaction, the
 * conversations are locked in id order, idempotency keys checked with one query, every message
 * numbered after the last one and timed after it, inserted as one JDBC batch, the counters (and any
 * state a note records) updated, and {@link MessagePosted} announced. Nothing here is sent to a
 * socket: the caller does that with the {@link Outcome} once the transaction has committed.
 */
@Component
class Appender {

	private final Conversations conversations;
	private final Messages messages;
	private final Notes notes;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Appender(Conversations conversations, Messages messages, Notes notes, ApplicationEventPublisher events,
			Clock clock) {
		this.conversations = conversations;
		this.messages = messages;
		this.notes = notes;
		this.events = events;
		this.clock = clock;
	}

	/** What became of one append: stored (or found stored before), or refused. */
	sealed interface Result {
	}

	/** The stored message, the conversation as it stands after it, and whether it had been stored before. */
	record Written(ChatMessage message, Conversation conversation, boolean replayed) implements Result {
	}

	record Refused(ProblemException problem) implements Result {
	}

	/** A conversation whose state a note changed, and who is told. */
	record Changed(Conversation conversation, Set<String> audience) {
	}

	/** What a transaction decided: one result per append, in order, and what to push once it commits. */
	record Outcome(List<Result> results, List<MessagePosted> posted, List<Changed> changed) {
	}

	/** Stores the appends in the current transaction, which the caller commits. */
	Outcome store(List<Append> appends) {
		var current = new HashMap<ConversationId, Conversation>();
		conversations.lockAll(appends.stream().map(Append::chatId).distinct().toList())
			.forEach(c -> current.put(c.id(), c));
		var earlier = earlierMessages(appends);
		var results = new ArrayList<Result>(appends.size());
		var inserts = new ArrayList<ChatMessage>();
		var posted = new ArrayList<MessagePosted>();
		var changed = new ArrayList<Changed>();
		var forTheBot = new ArrayList<CustomerWroteToBot>();
		var touched = new LinkedHashSet<ConversationId>();
		var agentWrote = new HashMap<ConversationId, Instant>();
		for (var append : appends) {
			var before = current.get(append.chatId());
			var problem = refusal(append, before);
			if (problem != null) {
				results.add(new Refused(problem));
				continue;
			}
			var key = key(append.author().id(), append.draft().clientMessageId());
			var previous = key == null ? null : earlier.get(key);
			if (previous != null) {
				results.add(previous.chatId().equals(before.id()) ? new Written(previous, before, true)
						: new Refused(ProblemException.conflict("client-message-id-reused",
								"This clientMessageId was already used for a message in another chat.")));
				continue;
			}
			var misaddressed = misaddressed(append, before);
			if (misaddressed != null) {
				results.add(new Refused(misaddressed));
				continue;
			}
			var seq = before.lastSeq() + 1;
			var at = Timeline.next(clock, before.updatedAt());
			var message = append.message(before, seq, at);
			var change = append.change();
			var after = change == null ? before.advancedTo(seq, at) : change.transition().apply(before, seq, at);
			var audience = change == null ? before.recipients() : audience(before, after, change.alsoTell());
			inserts.add(message);
			posted.add(new MessagePosted(message, audience, after.status(), before.status()));
			if (message.senderRole() == SenderRole.AGENT) {
				agentWrote.putIfAbsent(before.id(), at);
			}
			if (before.status() == ConversationStatus.BOT && message.senderRole() == SenderRole.CUSTOMER) {
				forTheBot.add(new CustomerWroteToBot(message));
			}
			var text = append.draft().text();
			if (append.author() instanceof Append.Author.Participant && text != null && text.changed()) {
				// Said next to the masked message, so both sides know why the numbers are gone.
				var noteAt = at.plus(1, ChronoUnit.MICROS);
				var note = Timeline.system(before.id(), seq + 1, SensitiveData.explanation(text.found()), noteAt);
				inserts.add(note);
				posted.add(new MessagePosted(note, audience, after.status()));
				after = after.advancedTo(seq + 1, noteAt);
			}
			if (change != null) {
				changed.add(new Changed(after, audience));
			}
			current.put(after.id(), after);
			touched.add(after.id());
			results.add(new Written(message, after, false));
			if (key != null) {
				earlier.put(key, message);
			}
		}
		messages.insertAll(inserts);
		// States first: the counters' update then leaves updated_at at the conversation's last message.
		changed.forEach(c -> conversations.updateState(c.conversation()));
		conversations.advanceAll(touched.stream().map(current::get)
			.map(c -> new Conversations.Advance(c.id(), c.lastSeq(), c.updatedAt(), agentWrote.get(c.id()))).toList());
		posted.forEach(events::publishEvent);
		forTheBot.forEach(events::publishEvent);
		return new Outcome(results, posted, changed);
	}

	/** A stored private note, the conversation it is in, and whether it had been stored before. */
	record NoteWritten(Note note, Conversation conversation, boolean replayed) {
	}

	/**
	 * Stores a private note in the current transaction, under the conversation's row lock like every
	 * message: numbered after the conversation's last note and anchored after its last message, which
	 * stays as it was (no message number, no {@link MessagePosted}: nobody's history but staff's). The
	 * agents it mentions who may see the conversation are told through {@link NoteMentioned}.
	 */
	NoteWritten note(Caller.Staff author, ConversationId chatId, Note.Draft draft) {
		var locked = conversations.lockAll(List.of(chatId)).stream().findFirst().filter(c -> c.isVisibleTo(author))
			.orElseThrow(() -> ProblemException.notFound("Chat"));
		if (draft.clientNoteId() != null) {
			var earlier = notes.findByClientKey(author.id(), draft.clientNoteId());
			if (earlier.isPresent()) {
				if (!earlier.get().chatId().equals(chatId.value())) {
					throw ProblemException.conflict("client-note-id-reused",
							"This clientNoteId was already used for a note in another chat.");
				}
				return new NoteWritten(earlier.get(), locked, true);
			}
		}
		var mentioned = draft.mentioned().stream().filter(s -> !s.id().equals(author.id()) && locked.isVisibleTo(s))
			.map(Caller::id).distinct().toList();
		var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var note = new Note(Note.newId(), chatId.value(), notes.lastNoteSeq(chatId) + 1, locked.lastSeq(), author.id(),
				author.displayName(), draft.text(), mentioned, draft.clientNoteId(), at);
		notes.insert(note);
		if (!mentioned.isEmpty()) {
			var excerpt = note.text().length() > 200 ? note.text().substring(0, 199) + "…" : note.text();
			events.publishEvent(new NoteMentioned(note.id(), chatId, note.noteSeq(), author.id(), author.displayName(),
					mentioned, excerpt, at));
		}
		return new NoteWritten(note, locked, false);
	}

	private Map<String, ChatMessage> earlierMessages(List<Append> appends) {
		var keys = appends.stream().filter(a -> a.draft().clientMessageId() != null)
			.map(a -> new Messages.ClientKey(a.author().id(), a.draft().clientMessageId())).distinct().toList();
		var found = new HashMap<String, ChatMessage>();
		for (var message : messages.findByClientKeys(keys)) {
			found.put(key(message.senderId(), message.clientMessageId()), message);
		}
		return found;
	}

	private static @Nullable String key(String senderId, @Nullable String clientMessageId) {
		return clientMessageId == null ? null : senderId + "\u0000" + clientMessageId;
	}

	/** Why this author may not write to this conversation now; null when they may. */
	private static @Nullable ProblemException refusal(Append append, @Nullable Conversation conversation) {
		if (conversation == null) {
			return ProblemException.notFound("Chat");
		}
		return switch (append.author()) {
			case Append.Author.Participant(var caller) -> {
				if (!conversation.isVisibleTo(caller)) {
					yield ProblemException.notFound("Chat");
				}
				if (!conversation.isWritableBy(caller)) {
					yield new ProblemException(HttpStatus.FORBIDDEN, "not-your-conversation",
							"Pick this conversation from the queue before writing to it.");
				}
				yield conversation.status().isOpen() ? null : ProblemException.conflict("conversation-closed",
						"This conversation has ended; start a new one.");
			}
			// Checked under the lock: a reply racing an agent's pick cannot land in the agent's chat.
			case Append.Author.Bot bot -> conversation.status() == ConversationStatus.BOT ? null
					: ProblemException.conflict("not-the-bots", "The bot no longer answers in this conversation.");
			// The product's notes go with decisions their callers took under the same lock.
			case Append.Author.Support support -> null;
		};
	}

	/** A participant may name the receiver, but only the conversation's other side. */
	private static @Nullable ProblemException misaddressed(Append append, Conversation conversation) {
		var named = append.draft().receiverId();
		if (named == null || !(append.author() instanceof Append.Author.Participant(var caller))) {
			return null;
		}
		var counterpart = conversation.counterpartOf(caller.id());
		return named.equals(counterpart) ? null : new InvalidFieldException("receiverId",
				"must be the other side of this chat (" + counterpart + "), or left out");
	}

	/** Everyone on either side of a change: the agent who handed a chat back hears of it too. */
	private static Set<String> audience(Conversation before, Conversation after, Set<String> alsoTell) {
		var everyone = new HashSet<>(before.recipients());
		everyone.addAll(after.recipients());
		everyone.addAll(alsoTell);
		return Set.copyOf(everyone);
	}
}
