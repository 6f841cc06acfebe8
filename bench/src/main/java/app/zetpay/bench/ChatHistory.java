package app.zetpay.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/** A chat's stored messages as the history API returns them, read page by page in seq order. */
final class ChatHistory {

	private static final int PAGE = 200;

	/** One stored message, as much of it as the verdict needs. */
	record Stored(String id, long seq, String senderId, String clientMessageId) {
	}

	private ChatHistory() {
	}

	static List<Stored> read(HttpClient http, URI node, String token, String chatId, JsonMapper json)
			throws IOException, InterruptedException {
		var all = new ArrayList<Stored>();
		long after = 0;
		while (true) {
			var request = HttpRequest.newBuilder(node.resolve("/api/chat/" + chatId + "/messages?limit=" + PAGE
					+ "&afterSeq=" + after)).header("Authorization", "Bearer " + token)
					.timeout(Duration.ofSeconds(30)).GET().build();
			var response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("History of " + chatId + ": " + response.statusCode() + " "
						+ response.body());
			}
			var page = json.readTree(response.body());
			for (var message : page) {
				var stored = new Stored(message.path("id").asString(), message.path("seq").asLong(),
						message.path("senderId").asString(), message.path("clientMessageId").asString(""));
				all.add(stored);
				after = Math.max(after, stored.seq());
			}
			if (page.size() < PAGE) {
				return all;
			}
		}
	}
}
