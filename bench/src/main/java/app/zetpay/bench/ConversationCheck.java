package app.zetpay.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster scenario's verdict on one chat, from the stored history, what each participant
 * applied, and what each sent and had acknowledged. Pure, so its tests can break every rule.
 * <ul>
 * <li>The history is numbered 1..N with no message twice.</li>
 * <li>Each participant applied exactly that history, message for message: nothing lost, nothing
 * extra, the same order everywhere.</li>
 * <li>Everything a participant sent was acknowledged and is stored exactly once, under the seq its
 * acknowledgement named; nothing is stored in its name that it never sent.</li>
 * <li>A participant's messages are stored in the order it sent them (a resend keeps its place).</li>
 * </ul>
 */
final class ConversationCheck {

	/**
	 * One participant: its user id, the client message ids it sent (in order, each once however
	 * often it was resent), the acknowledgement of each, and the messages it applied.
	 */
	record Side(String name, String userId, List<String> sent, Map<String, ChatEntry> acked, List<ChatEntry> applied) {
	}

	private ConversationCheck() {
	}

	static List<String> failures(List<ChatEntry> history, List<Side> sides) {
		var failures = new ArrayList<String>();
		var ids = new HashSet<String>();
		for (int i = 0; i < history.size(); i++) {
			var entry = history.get(i);
			if (entry.seq() != i + 1) {
				failures.add("the stored history is not numbered 1.." + history.size() + ": place " + (i + 1)
						+ " holds seq " + entry.seq());
				break;
			}
			if (!ids.add(entry.id())) {
				failures.add("message " + entry.id() + " is stored twice (seq " + entry.seq() + ")");
			}
		}
		for (var side : sides) {
			applied(history, side, failures);
			acknowledged(history, side, failures);
			inSendOrder(history, side, failures);
		}
		return failures;
	}

	private static void applied(List<ChatEntry> history, Side side, List<String> failures) {
		var applied = side.applied();
		for (int i = 0; i < Math.min(applied.size(), history.size()); i++) {
			if (!applied.get(i).id().equals(history.get(i).id())) {
				failures.add(side.name() + " has " + applied.get(i) + " as seq " + (i + 1) + " but the stored one is "
						+ history.get(i));
			}
		}
		if (applied.size() < history.size()) {
			failures.add(side.name() + " never got " + history.subList(applied.size(), history.size()).stream()
					.limit(5).map(ChatEntry::toString).toList() + (history.size() - applied.size() > 5 ? " …" : "")
					+ " (has seq 1.." + applied.size() + " of 1.." + history.size() + ")");
		}
		if (applied.size() > history.size()) {
			failures.add(side.name() + " has messages the chat does not: "
					+ applied.subList(history.size(), applied.size()).stream().limit(5).toList());
		}
	}

	private static void acknowledged(List<ChatEntry> history, Side side, List<String> failures) {
		var stored = new LinkedHashMap<String, List<ChatEntry>>();
		for (var entry : history) {
			if (entry.senderId().equals(side.userId()) && !entry.clientMessageId().isEmpty()) {
				stored.computeIfAbsent(entry.clientMessageId(), id -> new ArrayList<>()).add(entry);
			}
		}
		for (var clientMessageId : side.sent()) {
			var ack = side.acked().get(clientMessageId);
			var copies = stored.getOrDefault(clientMessageId, List.of());
			if (ack == null) {
				failures.add(side.name() + "'s " + clientMessageId + " was never acknowledged"
						+ (copies.isEmpty() ? "" : " (though stored as " + copies + ")"));
			}
			else if (copies.isEmpty()) {
				failures.add(side.name() + "'s " + clientMessageId + " was acknowledged as seq " + ack.seq()
						+ " but is not stored: lost");
			}
			else if (copies.size() > 1) {
				failures.add(side.name() + "'s " + clientMessageId + " is stored " + copies.size() + " times: " + copies);
			}
			else if (copies.getFirst().seq() != ack.seq() || !copies.getFirst().id().equals(ack.id())) {
				failures.add(side.name() + "'s " + clientMessageId + " was acknowledged as seq " + ack.seq()
						+ " but is stored as " + copies.getFirst());
			}
		}
		var sent = new HashSet<>(side.sent());
		stored.keySet().stream().filter(id -> !sent.contains(id))
				.forEach(id -> failures.add("stored in " + side.name() + "'s name but never sent: " + stored.get(id)));
	}

	private static void inSendOrder(List<ChatEntry> history, Side side, List<String> failures) {
		var position = new HashMap<String, Integer>();
		for (int i = 0; i < side.sent().size(); i++) {
			position.put(side.sent().get(i), i);
		}
		ChatEntry previous = null;
		for (var entry : history) {
			var at = entry.senderId().equals(side.userId()) ? position.get(entry.clientMessageId()) : null;
			if (at == null) {
				continue;
			}
			if (previous != null && at < position.get(previous.clientMessageId())) {
				failures.add(side.name() + "'s messages are stored out of the order sent: " + entry + " (sent "
						+ (at + 1) + ".) after " + previous + " (sent " + (position.get(previous.clientMessageId()) + 1)
						+ ".)");
			}
			previous = entry;
		}
	}
}
