package app.zetpay.bench;

import tools.jackson.databind.JsonNode;

/**
 * One stored chat message as the cluster scenario compares it: from a {@code chat_message} frame,
 * a {@code message_ack} or the REST history, which all carry the same view.
 */
record ChatEntry(long seq, String id, String senderId, String senderRole, String clientMessageId, String text) {

	static ChatEntry of(JsonNode message) {
		return new ChatEntry(message.path("seq").asLong(), message.path("id").asString(),
				message.path("senderId").asString(), message.path("senderRole").asString(),
				message.path("clientMessageId").asString(""), message.path("text").asString(""));
	}

	@Override
	public String toString() {
		return "#" + seq + " " + senderRole + (clientMessageId.isEmpty() ? "" : " " + clientMessageId);
	}
}
