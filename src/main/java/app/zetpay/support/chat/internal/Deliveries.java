package app.zetpay.support.chat.internal;

import java.util.ArrayList;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;

/**
 * Pushes what a committed transaction stored to the participants' sockets: each message as
 * {@code chat_message}, then each conversation a note changed as {@code conversation_updated}. Only
 * ever called after the commit, so a message nobody stored is never seen.
 */
@Component
class Deliveries {

	private final Fanout fanout;
	private final StaffAudience staff;
	private final AgentDirectory agents;

	Deliveries(Fanout fanout, StaffAudience staff, AgentDirectory agents) {
		this.fanout = fanout;
		this.staff = staff;
		this.agents = agents;
	}

	void publish(Appender.Outcome committed) {
		var frames = new ArrayList<Fanout.Frame>(committed.posted().size() + committed.changed().size());
		committed.posted().forEach(p -> frames.add(new Fanout.Frame(p.recipients(), ServerFrame.CHAT_MESSAGE,
				ChatMessageView.of(p.message(), false))));
		committed.changed().forEach(c -> frames.add(new Fanout.Frame(c.audience(), ServerFrame.CONVERSATION_UPDATED,
				summary(c.conversation()))));
		fanout.publishAll(frames);
	}

	private Map<String, Object> summary(Conversation conversation) {
		var summary = conversation.summary();
		var agentId = conversation.assignedAgentId();
		summary.put("assignedAgentName", agentId == null || !AgentId.isAgentId(agentId) ? null
				: agents.find(new AgentId(agentId)).map(AgentAccount::name).orElse(null));
		return summary;
	}

	/**
	 * A private note goes as {@code chat_note} to staff only: the author, the agents it mentions, and
	 * the connected staff who may see the conversation. Never to the customer's sockets.
	 */
	void publish(Appender.NoteWritten committed) {
		var note = committed.note();
		var named = new java.util.ArrayList<String>(note.mentions());
		named.add(note.authorId());
		if (committed.conversation().assignedAgentId() != null) {
			named.add(committed.conversation().assignedAgentId());
		}
		fanout.publish(staff.of(committed.conversation(), named), ServerFrame.CHAT_NOTE, note);
	}
}
