package app.zetpay.support.identity;

import java.util.UUID;

import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.PrefixedIds;

/** The id of a local account (agent, supervisor or admin); also the JWT subject of its tokens. */
public record AgentId(String value) {

	private static final String PREFIX = "agt_";

	public AgentId {
		if (!PrefixedIds.hasShape(value, PREFIX)) {
			throw new InvalidFieldException("agentId", "is not an agent id");
		}
	}

	public static AgentId generate() {
		return new AgentId(PREFIX + UUID.randomUUID().toString().replace("-", ""));
	}

	public static boolean isAgentId(String candidate) {
		return PrefixedIds.hasShape(candidate, PREFIX);
	}

	@Override
	public String toString() {
		return value;
	}
}
