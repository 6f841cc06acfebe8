package app.zetpay.support.chat.internal;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.shared.InvalidFieldException;

/** Optional text fields as the chat use cases take them: blank is absent, too long is refused. */
final class Fields {

	private Fields() {
	}

	static @Nullable String trimmed(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidFieldException(field, "must be at most " + max + " characters");
		}
		return stripped;
	}
}
