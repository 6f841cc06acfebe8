package app.zetpay.support.console.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.chat.NoteMentioned;
import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.UserNotifier;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;

/**
 * Each agent's mentions: kept unread until marked read, and pushed live as {@code mention} to the
 * agent's sockets on any node. Heard from the event publication registry, so a mention committed
 * with its note is delivered even if this node stops right after.
 */
@Service
public class MentionInbox {

	private static final int LIMIT = 200;

	private final Mentions mentions;
	private final UserNotifier notifier;
	private final Clock clock;

	MentionInbox(Mentions mentions, UserNotifier notifier, Clock clock) {
		this.mentions = mentions;
		this.notifier = notifier;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(NoteMentioned mentioned) {
		for (var agentId : mentioned.mentionedAgentIds()) {
			var mention = new Mention("mnt_" + UUID.randomUUID().toString().replace("-", ""),
					mentioned.chatId().value(), mentioned.noteId(), mentioned.noteSeq(), mentioned.authorId(),
					mentioned.authorName(), mentioned.excerpt(), mentioned.at(), null);
			if (mentions.insert(agentId, mention)) {
				notifier.notify(Set.of(agentId), ServerFrame.MENTION, mention);
			}
		}
	}

	/** The caller's mentions, newest first: only the unread ones unless {@code unreadOnly} is false. */
	@Transactional(readOnly = true)
	public List<Mention> of(Caller.Staff staff, boolean unreadOnly) {
		return mentions.of(staff.id(), unreadOnly, LIMIT);
	}

	@Transactional(readOnly = true)
	public long unread(Caller.Staff staff) {
		return mentions.unread(staff.id());
	}

	@Transactional
	public void markRead(Caller.Staff staff, String mentionId) {
		if (!mentions.markRead(staff.id(), mentionId, clock.instant())) {
			throw ProblemException.notFound("Mention " + mentionId);
		}
	}

	@Transactional
	public int markAllRead(Caller.Staff staff) {
		return mentions.markAllRead(staff.id(), clock.instant());
	}
}
