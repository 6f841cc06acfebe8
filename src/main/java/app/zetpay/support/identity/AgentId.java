package app.zetpay.support.identity;

import java.util.UUID;
import java.util.regex.Pattern;

import app.zetpay.support.shared.InvalidFieldException;

/** The id of a local account (agent, supervisor or admin); also the JWT subject of its tokens. */
public record AgentId(String value) {

	private static final String PREFIX = "agt_";
	private static final Pattern SHAPE = Pattern.compile("agt_[0-9a-f]{32}");

	public AgentId {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new InvalidFieldException("agentId", "is not an agent id");
		}
	}

	public static AgentId generate() {
		return new AgentId(PREFIX + UUID.randomUUID().toString().replace("-", ""));
	}

	public static boolean isAgentId(String candidate) {
		return SHAPE.matcher(candidate).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
