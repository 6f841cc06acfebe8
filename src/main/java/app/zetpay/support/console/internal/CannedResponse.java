package app.zetpay.support.console.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reply an agent inserts with {@code /shortcut}: their own ({@code team} null) or their team's.
 * {@code text} may hold placeholders ({@link Placeholders}) filled for a conversation when used.
 */
public record CannedResponse(String id, String shortcut, String text, @Nullable String team,
		@Nullable String ownerId, String updatedBy, Instant updatedAt) {

	@JsonProperty("scope")
	public String scope() {
		return team == null ? "PERSONAL" : "TEAM";
	}
}
