package app.zetpay.support.identity;

/** What a local account may do. Roles add up: an admin who also takes chats holds AGENT too. */
public enum Role {
	/** Takes chats and tickets assigned to them or their teams. */
	AGENT,
	/** Sees every conversation and ticket, reassigns work, reads reports. */
	SUPERVISOR,
	/** Manages accounts and configuration. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
