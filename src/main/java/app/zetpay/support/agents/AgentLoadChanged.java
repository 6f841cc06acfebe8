package app.zetpay.support.agents;

/**
 * An agent's load or availability changed (a chat assigned, picked, transferred or released, or
 * their status set), so their console can show it without asking.
 */
public record AgentLoadChanged(String agentId) {
}
