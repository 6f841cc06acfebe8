package app.zetpay.support.chat.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.CustomerVisibility;

/** A customer is in staff's work when one of the customer's conversations is visible to them. */
@Component
class ChatCustomerVisibility implements CustomerVisibility {

	/** More than any customer has; the newest first, so an open chat is always among them. */
	private static final int RECENT = 200;

	private final Conversations conversations;

	ChatCustomerVisibility(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean canSee(Caller.Staff staff, String customerId) {
		return conversations.findForCustomer(customerId, RECENT).stream().anyMatch(c -> c.isVisibleTo(staff));
	}
}
