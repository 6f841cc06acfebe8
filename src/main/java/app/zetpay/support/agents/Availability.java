package app.zetpay.support.agents;

/** What an agent says about themselves; routing also needs an open socket. */
public enum Availability {
	ONLINE, AWAY, OFFLINE
}
