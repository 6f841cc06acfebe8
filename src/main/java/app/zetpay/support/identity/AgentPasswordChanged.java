package app.zetpay.support.identity;

import java.time.Instant;

/**
 * An account's password was reset by a supervisor or changed by its owner: every token issued
 * before {@code tokensValidAfter} is refused from now on, and sockets opened with one must close.
 */
public record AgentPasswordChanged(AgentId agentId, Instant tokensValidAfter) {
}
