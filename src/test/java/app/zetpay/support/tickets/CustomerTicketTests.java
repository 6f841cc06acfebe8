package app.zetpay.support.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.ImageFixtures;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MutableClock;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/** The app's ticket routes, as a customer uses them. */
@IntegrationTest
class CustomerTicketTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	AgentFixtures agents;
	String customer;

	@BeforeEach
	void customer() {
		agents = new AgentFixtures(api);
		customer = api.customerToken("cust-" + UUID.randomUUID(), "Meena Pillai");
	}

	@Test
	void raisingATicketGivesItAHumanNumberAndSlaTargets() {
		var created = create(Map.of("issueType", "Wallet top-up missing", "description",
				"Added ₹500 to my wallet yesterday, balance unchanged", "transactionId", "TXN-W-42"));

		assertThat(created.status()).isEqualTo(201);
		var ticket = created.body();
		assertThat(ticket.get("id").asString()).startsWith("tkt_");
		assertThat(ticket.get("number").asString()).matches("SPT-\\d{4}-\\d{6}");
		assertThat(ticket.get("status").asString()).isEqualTo("OPEN");
		assertThat(ticket.get("priority").asString()).isEqualTo("MEDIUM");
		assertThat(ticket.get("sla").get("firstResponseDue").asString()).isNotBlank();
		assertThat(ticket.get("sla").get("resolutionDue").asString()).isNotBlank();
		assertThat(created.header("Location")).endsWith(ticket.get("id").asString());
	}

	@Test
	void theDescriptionIsMaskedLikeChat() {
		var created = create(Map.of("issueType", "Card blocked", "description",
				"My card 4111 1111 1111 1111 was blocked")).body();

		assertThat(created.get("description").asString()).contains("411111******1111").doesNotContain("4111 1111");
	}

	@Test
	void invalidTicketsNameTheirFields() {
		var response = create(Map.of("issueType", "", "description", "x"));
		var urgent = create(Map.of("issueType", "Help", "description", "x", "priority", "URGENT"));
		var unknownPriority = create(Map.of("issueType", "Help", "description", "x", "priority", "ASAP"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").findValuesAsString("field")).contains("issueType");
		assertThat(urgent.status()).isEqualTo(400);
		assertThat(unknownPriority.status()).isEqualTo(400);
	}

	@Test
	void myTicketsAreListedNewestFirstAndFilteredByStatus() {
		var first = create(Map.of("issueType", "First", "description", "one")).body().get("id").asString();
		var second = create(Map.of("issueType", "Second", "description", "two")).body().get("id").asString();

		var list = api.get("/api/support/tickets?page=0&size=10", customer).body();
		var resolved = api.get("/api/support/tickets?status=RESOLVED", customer).body();

		assertThat(list.get("items").valueStream().map(t -> t.get("id").asString())).containsExactly(second, first);
		assertThat(list.get("total").asLong()).isEqualTo(2);
		assertThat(resolved.get("items").size()).isZero();
		assertThat(api.get("/api/support/tickets?size=1000", customer).status()).isEqualTo(400);
	}

	@Test
	void otherCustomersTicketsAreNotFound() {
		var id = create(Map.of("issueType", "Mine", "description", "private")).body().get("id").asString();
		var stranger = api.customerToken("stranger-" + UUID.randomUUID(), "Stranger");

		assertThat(api.get("/api/support/tickets/" + id, stranger).status()).isEqualTo(404);
		assertThat(api.post("/api/support/tickets/" + id + "/reply", stranger, Map.of("message", "hi")).status())
				.isEqualTo(404);
		assertThat(api.get("/api/support/tickets", stranger).body().get("total").asLong()).isZero();
	}

	@Test
	void theCustomerSeesRepliesButNeverInternalNotes() {
		var ticket = create(Map.of("issueType", "KYC pending", "description", "Stuck for a week")).body();
		var agent = agents.token(agents.create("Ticket Agent", "AGENT", "SUPERVISOR"));
		api.post("/api/tickets/" + ticket.get("id").asString() + "/notes", agent,
				Map.of("message", "Checked with KYC vendor, documents unreadable"));
		api.post("/api/tickets/" + ticket.get("id").asString() + "/reply", agent,
				Map.of("message", "Please upload a clearer photo of your PAN card"));

		var seen = api.get("/api/support/tickets/" + ticket.get("number").asString(), customer).body();

		assertThat(seen.get("thread").valueStream().map(e -> e.get("body").asString()))
				.containsExactly("Please upload a clearer photo of your PAN card");
		assertThat(seen.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(seen.get("history").valueStream().map(h -> h.get("to").asString()))
				.containsExactly("OPEN", "IN_PROGRESS");
		var agentView = api.get("/api/tickets/" + ticket.get("id").asString(), agent).body();
		assertThat(agentView.get("thread").size()).isEqualTo(2);
	}

	@Test
	void aReplyToAResolvedTicketReopensIt() {
		var id = create(Map.of("issueType", "Bill payment", "description", "Electricity bill not updated")).body()
				.get("id").asString();
		var agent = agents.token(agents.create("Resolver", "AGENT", "SUPERVISOR"));
		api.post("/api/tickets/" + id + "/status", agent, Map.of("status", "RESOLVED"));

		var reply = api.post("/api/support/tickets/" + id + "/reply", customer,
				Map.of("message", "Still not updated on the biller's side"));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(api.get("/api/support/tickets/" + id, customer).body().get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void aClosedTicketTakesNoReplies() {
		var id = create(Map.of("issueType", "Old", "description", "done")).body().get("id").asString();
		var agent = agents.token(agents.create("Closer", "AGENT", "SUPERVISOR"));
		api.post("/api/tickets/" + id + "/status", agent, Map.of("status", "RESOLVED"));
		api.post("/api/tickets/" + id + "/status", agent, Map.of("status", "CLOSED"));

		var reply = api.post("/api/support/tickets/" + id + "/reply", customer, Map.of("message", "one more thing"));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.body().get("code").asString()).isEqualTo("ticket-closed");
	}

	@Test
	void theCustomerHearsOfAgentRepliesOnTheirSocket() {
		var id = create(Map.of("issueType", "Recharge failed", "description", "Mobile recharge failed")).body()
				.get("id").asString();
		var agent = agents.token(agents.create("Notifier", "AGENT", "SUPERVISOR"));
		try (var socket = SocketClient.authenticated(api, customer)) {

			api.post("/api/tickets/" + id + "/reply", agent, Map.of("message", "We are checking with the operator"));

			var update = socket.next(f -> f.path("type").asString().equals("ticket_updated")
					&& f.path("payload").path("change").asString().equals("reply"), "a ticket_updated frame");
			assertThat(update.get("payload").get("ticketId").asString()).isEqualTo(id);
		}
	}

	@Test
	void theCustomerHearsOfANewPriorityWhichMovesTheExpectedResolution() {
		var id = create(Map.of("issueType", "Wallet", "description", "Top-up missing")).body().get("id").asString();
		var agent = agents.token(agents.create("Prioritiser", "AGENT", "SUPERVISOR"));
		try (var socket = SocketClient.authenticated(api, customer)) {

			api.patch("/api/tickets/" + id, agent, Map.of("priority", "URGENT"));

			var update = socket.next(f -> f.path("type").asString().equals("ticket_updated")
					&& f.path("payload").path("ticketId").asString().equals(id), "a ticket_updated frame");
			assertThat(update.get("payload").get("change").asString()).isEqualTo("sla");
			assertThat(update.get("payload").get("status").asString()).isEqualTo("OPEN");
		}
	}

	@Test
	void aResolvedTicketCanBeRatedOnce() {
		var id = create(Map.of("issueType", "Refund", "description", "Where is my refund")).body().get("id").asString();
		var early = api.post("/api/support/tickets/" + id + "/rating", customer, Map.of("rating", 5));
		var agent = agents.token(agents.create("Rated", "AGENT", "SUPERVISOR"));
		api.post("/api/tickets/" + id + "/status", agent, Map.of("status", "RESOLVED"));

		var rated = api.post("/api/support/tickets/" + id + "/rating", customer,
				Map.of("rating", 4, "comment", "Quick, thanks"));
		var again = api.post("/api/support/tickets/" + id + "/rating", customer, Map.of("rating", 1));
		var outOfRange = api.post("/api/support/tickets/" + id + "/rating", customer, Map.of("rating", 6));

		assertThat(early.status()).isEqualTo(409);
		assertThat(rated.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("code").asString()).isEqualTo("already-rated");
		assertThat(outOfRange.status()).isEqualTo(400);
	}

	@Test
	void staffWhoMaySeeAChatOrTicketReadItsRatingOnceGivenAndOthersGetNotFound() {
		var agentEmail = agents.create("Rating Reader", "AGENT");
		var agent = agents.token(agentEmail);
		var stranger = agents.token(agents.create("Rating Stranger", "AGENT"));
		var chatId = agents.directChat(customer, agentEmail);
		api.post("/api/chat/" + chatId + "/close", customer, Map.of());
		var before = api.get("/api/agents/conversations/" + chatId + "/rating", agent);
		api.post("/api/support/chats/" + chatId + "/rating", customer, Map.of("rating", 4, "comment", "Helpful"));

		var after = api.get("/api/agents/conversations/" + chatId + "/rating", agent);
		var notTheirs = api.get("/api/agents/conversations/" + chatId + "/rating", stranger);
		var byCustomer = api.get("/api/agents/conversations/" + chatId + "/rating", customer);

		assertThat(before.status()).isEqualTo(200);
		assertThat(before.body().get("rated").asBoolean()).isFalse();
		assertThat(after.body().get("rated").asBoolean()).isTrue();
		assertThat(after.body().get("rating").asInt()).isEqualTo(4);
		assertThat(after.body().get("comment").asString()).isEqualTo("Helpful");
		assertThat(after.body().path("ratedAt").isString()).isTrue();
		assertThat(notTheirs.status()).isEqualTo(404);
		assertThat(byCustomer.status()).isEqualTo(403);

		var ticketId = create(Map.of("issueType", "Refund", "description", "Rated later")).body().get("id").asString();
		var supervisor = agents.token(agents.create("Rating Supervisor", "AGENT", "SUPERVISOR"));
		api.post("/api/tickets/" + ticketId + "/status", supervisor, Map.of("status", "RESOLVED"));
		api.post("/api/support/tickets/" + ticketId + "/rating", customer, Map.of("rating", 2));
		var ticketRating = api.get("/api/tickets/" + ticketId + "/rating", supervisor);
		assertThat(ticketRating.body().get("rating").asInt()).isEqualTo(2);
		assertThat(ticketRating.body().path("comment").isString()).isFalse();
	}

	@Test
	void anEndedChatCanBeRatedOnceAndTurnedIntoATicket() {
		var agentEmail = agents.create("Chat Then Ticket", "AGENT");
		var chatId = api.post("/api/chat/initiate/" + agents.idOf(agentEmail), customer,
				Map.of("topic", "Cashback not credited")).body().get("id").asString();
		api.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "My cashback of ₹50 is missing"));
		api.post("/api/chat/" + chatId + "/messages", agents.token(agentEmail),
				Map.of("text", "I will raise this with the offers team"));

		var ticket = api.post("/api/support/tickets/from-chat/" + chatId, customer, Map.of());
		var earlyRating = api.post("/api/support/chats/" + chatId + "/rating", customer, Map.of("rating", 5));
		api.post("/api/chat/" + chatId + "/close", customer, Map.of());
		var rating = api.post("/api/support/chats/" + chatId + "/rating", customer, Map.of("rating", 5));
		var again = api.post("/api/support/chats/" + chatId + "/rating", customer, Map.of("rating", 5));

		assertThat(ticket.status()).isEqualTo(201);
		assertThat(ticket.body().get("chatId").asString()).isEqualTo(chatId);
		assertThat(ticket.body().get("description").asString()).contains("Cashback not credited")
				.contains("My cashback of ₹50 is missing").contains("I will raise this with the offers team");
		assertThat(earlyRating.status()).isEqualTo(409);
		assertThat(rating.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void filesAttachedToATicketReachOnlyThoseWhoSeeIt() {
		var pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		var upload = api.upload("/api/support/attachments", customer, "bank statement.pdf", "application/pdf", pdf);
		assertThat(upload.status()).isEqualTo(201);
		var attachmentId = upload.body().get("id").asString();

		var ticket = create(Map.of("issueType", "Refund proof", "description", "Statement attached", "attachments",
				List.of(attachmentId))).body();

		var file = ticket.get("attachments").get(0);
		assertThat(file.get("filename").asString()).isEqualTo("bank statement.pdf");
		assertThat(file.get("contentType").asString()).isEqualTo("application/pdf");
		var url = file.get("url").asString();
		var mine = api.get(url, customer, "*/*");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.header("Content-Disposition")).contains("attachment");
		assertThat(mine.raw().body()).startsWith("%PDF-");
		var supervisor = agents.token(agents.create("File Reader", "AGENT", "SUPERVISOR"));
		assertThat(api.get(url, supervisor, "*/*").status()).isEqualTo(200);
		var stranger = api.customerToken("stranger-" + UUID.randomUUID(), "Stranger");
		assertThat(api.get(url, stranger, "*/*").status()).isEqualTo(404);
	}

	@Test
	void anAttachedPhotoLosesItsExifAndAPdfStaysAsItCame() throws Exception {
		var photo = ImageFixtures.jpegWithExif(30, 10, 1, "GPS 12.9716N 77.5946E");
		var pdf = "%PDF-1.4\n% Exif GPS stays in a PDF\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		var photoId = api.upload("/api/support/attachments", customer, "pan.jpg", "image/jpeg", photo).body().get("id")
				.asString();
		var pdfId = api.upload("/api/support/attachments", customer, "s.pdf", "application/pdf", pdf).body().get("id")
				.asString();
		var bad = api.upload("/api/support/attachments", customer, "x.png", "image/png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 });

		var ticket = create(Map.of("issueType", "KYC photo", "description", "Attached", "attachments",
				List.of(photoId, pdfId))).body();

		var urls = ticket.get("attachments").valueStream().collect(java.util.stream.Collectors.toMap(
				f -> f.get("filename").asString(), f -> f.get("url").asString()));
		var servedPhoto = bytes(urls.get("pan.jpg"));
		assertThat(new String(servedPhoto, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(servedPhoto)).getWidth()).isEqualTo(30);
		assertThat(bytes(urls.get("s.pdf"))).isEqualTo(pdf);
		assertThat(bad.status()).isEqualTo(415);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.body().get("code").asString()).isEqualTo("unreadable-image");
	}

	private byte[] bytes(String url) throws Exception {
		var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(api.uri(url))
				.header("Authorization", "Bearer " + customer).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	@Test
	void onlyRealFilesOfMyOwnCanBeAttached() {
		var fake = api.upload("/api/support/attachments", customer, "invoice.pdf", "application/pdf",
				"MZ this is an executable".getBytes(StandardCharsets.US_ASCII));
		var stranger = api.customerToken("stranger-" + UUID.randomUUID(), "Stranger");
		var theirs = api.upload("/api/support/attachments", stranger, "a.pdf", "application/pdf",
				"%PDF-1.4 theirs".getBytes(StandardCharsets.US_ASCII)).body().get("id").asString();

		var borrowed = create(Map.of("issueType", "x", "description", "y", "attachments", List.of(theirs)));

		assertThat(fake.status()).isEqualTo(415);
		assertThat(fake.body().get("code").asString()).isEqualTo("unsupported-file");
		assertThat(borrowed.status()).isEqualTo(400);
		assertThat(borrowed.body().get("errors").findValuesAsString("field")).contains("attachments");
		assertThat(api.get("/api/support/tickets", customer).body().get("total").asLong()).as("nothing half-created")
				.isZero();
	}

	@Test
	void aCustomerRaisesAtMostTenTicketsAnHourByAnyRoute() {
		for (int i = 0; i < 10; i++) {
			assertThat(create(Map.of("issueType", "Flood " + i, "description", "again")).status()).isEqualTo(201);
		}
		var agentEmail = agents.create("Flood Watcher", "AGENT");
		var chatId = agents.directChat(customer, agentEmail);

		var eleventh = create(Map.of("issueType", "One more", "description", "and more"));
		var fromChat = api.post("/api/support/tickets/from-chat/" + chatId, customer, Map.of());

		assertThat(eleventh.status()).isEqualTo(429);
		assertThat(eleventh.contentType()).startsWith("application/problem+json");
		assertThat(eleventh.body().get("code").asString()).isEqualTo("rate-limited");
		var retryAfter = eleventh.body().get("retryAfter").asLong();
		assertThat(retryAfter).isBetween(3500L, 3600L);
		assertThat(eleventh.header("Retry-After")).isEqualTo(String.valueOf(retryAfter));
		assertThat(fromChat.status()).isEqualTo(429);
		assertThat(api.get("/api/support/tickets", customer).body().get("total").asLong()).isEqualTo(10);
		var neighbour = api.customerToken("cust-" + UUID.randomUUID(), "Neighbour");
		assertThat(api.post("/api/support/tickets/create", neighbour, Map.of("issueType", "Mine", "description",
				"unaffected")).status()).isEqualTo(201);
		assertThat(api.post("/api/tickets/from-chat/" + chatId, agents.token(agentEmail), Map.of()).status())
				.as("agents are not limited").isEqualTo(201);
		api.post("/api/chat/" + chatId + "/close", customer, Map.of());
	}

	@Test
	void anHourLaterTheCustomerMayRaiseTicketsAgain() {
		for (int i = 0; i < 10; i++) {
			create(Map.of("issueType", "Burst " + i, "description", "again"));
		}
		assertThat(create(Map.of("issueType", "Too soon", "description", "x")).status()).isEqualTo(429);

		clock.advance(Duration.ofHours(1));

		assertThat(create(Map.of("issueType", "Later", "description", "x")).status()).isEqualTo(201);
	}

	private Api.Response create(Map<String, ?> body) {
		return api.post("/api/support/tickets/create", customer, body);
	}

	static List<String> ids(JsonNode items) {
		return items.valueStream().map(t -> t.get("id").asString()).toList();
	}
}
