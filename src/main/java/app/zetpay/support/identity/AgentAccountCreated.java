package app.zetpay.support.identity;

/** A local account was created (by an admin, the first-start bootstrap or the demo seed). */
public record AgentAccountCreated(AgentAccount account) {
}
