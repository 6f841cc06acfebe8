package app.zetpay.support.chat.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.chat.QuickReply;

/**
 * Quick replies in one text column: label and reply separated by a unit separator, replies by a
 * record separator. Neither character can come from a customer (control characters are refused),
 * and a plain encoding keeps the message hot path free of a JSON round trip.
 */
final class QuickReplies {

	private static final char UNIT = '\u001F';
	private static final char RECORD = '\u001E';

	private QuickReplies() {
	}

	static @Nullable String encode(List<QuickReply> replies) {
		if (replies.isEmpty()) {
			return null;
		}
		var text = new StringBuilder();
		for (var reply : replies) {
			if (!text.isEmpty()) {
				text.append(RECORD);
			}
			text.append(clean(reply.label())).append(UNIT).append(clean(reply.reply()));
		}
		return text.toString();
	}

	static List<QuickReply> decode(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		var replies = new ArrayList<QuickReply>();
		for (var record : text.split(String.valueOf(RECORD))) {
			var parts = record.split(String.valueOf(UNIT), 2);
			if (parts.length == 2) {
				replies.add(new QuickReply(parts[0], parts[1]));
			}
		}
		return replies;
	}

	private static String clean(String value) {
		return value.replace(UNIT, ' ').replace(RECORD, ' ');
	}
}
