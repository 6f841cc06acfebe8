package app.zetpay.support.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A registered team: its routing name, what people call it, and what it handles. */
public record Team(TeamName name, String displayName, @Nullable String description, Instant createdAt) {
}
