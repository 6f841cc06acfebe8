package app.zetpay.support.identity;

/**
 * A local account changed: name, roles, teams, capacity, or it was disabled or re-enabled. Carries
 * the whole new state, so a listener need not call back.
 */
public record AgentAccountUpdated(AgentAccount account) {
}
