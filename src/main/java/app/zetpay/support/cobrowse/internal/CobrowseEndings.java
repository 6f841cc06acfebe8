package app.zetpay.support.cobrowse.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.zetpay.support.agents.ConversationAssigned;
import app.zetpay.support.agents.ConversationRequeued;
import app.zetpay.support.chat.ConversationHandedBack;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.MessagePosted;
import app.zetpay.support.cobrowse.internal.CobrowseSession.EndReason;
import app.zetpay.support.shared.AfterCommit;

/**
 * Sessions end with their chat: when it is closed, when it goes to another agent, back to the queue
 * or back to the bot, and when they run past the maximum duration or wait unanswered too long.
 */
@Component
class CobrowseEndings implements DisposableBean {

	private final Cobrowsing cobrowsing;
	// Ends found on the message path run off it, after its commit, in their own statements.
	private final ExecutorService offThePath = Executors.newVirtualThreadPerTaskExecutor();

	CobrowseEndings(Cobrowsing cobrowsing) {
		this.cobrowsing = cobrowsing;
	}

	/**
	 * Every message passes here, so this is a plain listener that looks at the status only: an outbox
	 * row per message for the rare close would cost the hot path. A lost end is caught by the
	 * per-frame check at the latest when the page's socket closes or the maximum duration passes.
	 */
	@EventListener
	void on(MessagePosted posted) {
		if (posted.status() == ConversationStatus.CLOSED && posted.statusBefore().isOpen()) {
			var chatId = posted.message().chatId().value();
			AfterCommit.run(() -> offThePath.execute(() -> cobrowsing.endAllIn(chatId, EndReason.CHAT_CLOSED)));
		}
	}

	@ApplicationModuleListener
	void on(ConversationAssigned assigned) {
		if (assigned.reason() == ConversationAssigned.Reason.TRANSFERRED) {
			cobrowsing.endAllIn(assigned.conversationId(), EndReason.AGENT_CHANGED);
		}
	}

	@ApplicationModuleListener
	void on(ConversationRequeued requeued) {
		cobrowsing.endAllIn(requeued.conversationId(), EndReason.AGENT_CHANGED);
	}

	@ApplicationModuleListener
	void on(ConversationHandedBack handedBack) {
		cobrowsing.endAllIn(handedBack.conversationId(), EndReason.AGENT_CHANGED);
	}

	@Scheduled(fixedDelayString = "${support.cobrowse.sweep-interval:5s}")
	void sweep() {
		cobrowsing.sweep();
	}

	@Override
	public void destroy() {
		offThePath.shutdown();
	}
}
