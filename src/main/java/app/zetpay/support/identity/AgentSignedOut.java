package app.zetpay.support.identity;

/**
 * An agent signed out: the token {@code tokenId} no longer works anywhere, and whatever was opened
 * with it (sockets) must close. The agent's other sessions stay.
 */
public record AgentSignedOut(AgentId agentId, String tokenId) {
}
