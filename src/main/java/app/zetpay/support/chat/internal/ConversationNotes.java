package app.zetpay.support.chat.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.masking.SensitiveData;
import app.zetpay.support.shared.InvalidFieldException;

/**
 * Private notes staff keep in a conversation, and the staff timeline that shows them between the
 * messages. Notes are stored through the one append path ({@link MessageWriter#note}) but apart
 * from the messages, so nothing the customer reads can contain one.
 */
@Service
public class ConversationNotes {

	/** {@code @asha} (the part of the e-mail address before the @) or {@code @agt_…} (the agent id). */
	private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([A-Za-z0-9][A-Za-z0-9._+-]*)");
	private static final int MAX_LENGTH = 4_000;

	private final MessageWriter writer;
	private final ConversationAccess access;
	private final Messages messages;
	private final Notes notes;
	private final AgentDirectory directory;

	ConversationNotes(MessageWriter writer, ConversationAccess access, Messages messages, Notes notes,
			AgentDirectory directory) {
		this.writer = writer;
		this.access = access;
		this.messages = messages;
		this.notes = notes;
		this.directory = directory;
	}

	public record NewNote(@Nullable String text, @Nullable String clientNoteId) {
	}

	public record Added(Note note, boolean replayed) {
	}

	/** A message or a note in the staff timeline; exactly one of them is set. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Entry(String kind, @Nullable ChatMessageView message, @Nullable Note note) {
	}

	/** Adds a note (masked like a message); the agents it mentions are told if they may see the chat. */
	public Added add(Caller.Staff author, String chatId, NewNote request) {
		var text = request.text() == null ? "" : request.text().strip();
		if (text.isEmpty()) {
			throw new InvalidFieldException("text", "a note needs text");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidFieldException("text", "must be at most " + MAX_LENGTH + " characters");
		}
		var clientNoteId = Fields.trimmed(request.clientNoteId(), "clientNoteId", 64);
		var id = access.visible(author, chatId).id();
		var masked = SensitiveData.mask(text).text();
		var written = writer.note(author, id, new Note.Draft(masked, mentioned(masked), clientNoteId));
		return new Added(written.note(), written.replayed());
	}

	/** The notes after {@code afterNoteSeq}, oldest first: what a staff client missed. */
	@Transactional(readOnly = true)
	public List<Note> after(Caller.Staff caller, String chatId, long afterNoteSeq, int limit) {
		return notes.after(access.visible(caller, chatId).id(), afterNoteSeq, limit);
	}

	/**
	 * The newest {@code limit} messages before {@code beforeSeq} with the notes written between them,
	 * oldest first. A note written after message n is shown after it; the newest page also has the
	 * notes after its last message, and the oldest those written before the first.
	 */
	@Transactional(readOnly = true)
	public List<Entry> timeline(Caller.Staff caller, String chatId, int limit, @Nullable Long beforeSeq) {
		var conversation = access.visible(caller, chatId);
		var page = messages.pageBefore(conversation.id(), null, beforeSeq, limit);
		List<Note> between;
		if (page.isEmpty()) {
			between = beforeSeq == null ? notes.anchoredBetween(conversation.id(), 0, conversation.lastSeq()) : List.of();
		}
		else {
			// Notes are numbered under the same lock as messages, so afterSeq never falls as noteSeq rises.
			var to = beforeSeq == null ? Math.max(conversation.lastSeq(), page.getLast().seq()) : page.getLast().seq() - 1;
			between = notes.anchoredBetween(conversation.id(), page.getFirst().seq() - 1, to);
		}
		var entries = new ArrayList<Entry>();
		var next = 0;
		for (var message : page) {
			for (; next < between.size() && between.get(next).afterSeq() < message.seq(); next++) {
				entries.add(new Entry("note", null, between.get(next)));
			}
			entries.add(new Entry("message", ChatMessageView.of(message, false), null));
		}
		between.subList(next, between.size()).forEach(n -> entries.add(new Entry("note", null, n)));
		return entries;
	}

	/** The enabled agents a note names, by handle or id; whether they may see the chat is checked on store. */
	private List<Caller.Staff> mentioned(String text) {
		var handles = MENTION.matcher(text).results().map(m -> m.group(1).replaceAll("[.]+$", "")
				.toLowerCase(Locale.ROOT)).distinct().toList();
		if (handles.isEmpty()) {
			return List.of();
		}
		return directory.findAll().stream().filter(AgentAccount::enabled)
				.filter(a -> handles.contains(a.id().value().toLowerCase(Locale.ROOT))
						|| handles.contains(a.handle()))
				.map(StaffAudience::caller).toList();
	}
}
