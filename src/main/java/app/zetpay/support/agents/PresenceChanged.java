package app.zetpay.support.agents;

/** One of an agent's sockets opened or closed on this node: they may have come online or gone offline. */
public record PresenceChanged(String agentId) {
}
