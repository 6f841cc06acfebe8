package app.zetpay.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.ImageFixtures;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MappedRoute;

/**
 * Every route this application maps (found from the handler mappings: a new route that nobody
 * classified fails this test) against every kind of caller: anonymous, another customer, the
 * owner, an agent of another team, the assigned agent, a supervisor, a disabled agent and an admin.
 * Each route belongs to an access class, and each class says which callers must be refused (401
 * without a usable token, 403 without the role, 403 or 404 for someone else's chat or ticket) and
 * which must get past authorisation (anything but 401 and 403; a 400 for the empty body is fine).
 */
@IntegrationTest
class AuthorisationMatrixTests {

	enum Persona {
		ANONYMOUS, OTHER_CUSTOMER, OWNER, AGENT_OF_ANOTHER_TEAM, AGENT, SUPERVISOR, DISABLED_AGENT, ADMIN
	}

	/** Who may do what, by route. */
	enum Access {
		/** Anyone, signed in or not. */
		PUBLIC,
		/** The payments system, by its HMAC signature: no user's token gets in. */
		PAYMENTS_SYSTEM,
		/** Any signed-in caller, customer or staff: acts on their own things. */
		SIGNED_IN,
		/** App users only (their own transactions, opening a chat). */
		CUSTOMER,
		/** A customer's own chat or ticket: its customer and the staff who work on it. */
		OWNED,
		/** What only the customer does with their chat or ticket (rate it, raise a ticket from a chat, choose its language). */
		OWNER_ONLY,
		/** What only the staff working on a chat do with it (hand it back to the bot). */
		WORKED_ON,
		/** A customer's data in the payments system: staff working on their chat or ticket. */
		CUSTOMER_DATA,
		/** Agents, supervisors and admins. */
		STAFF,
		/** Agents and admins (the classifier). */
		AGENT_OR_ADMIN,
		/** Supervisors and admins (running the team and the reports; what they may do to whom is TeamAccountsTests'). */
		LEADS,
		/** Admins. */
		ADMIN
	}

	private static final Set<String> PUBLIC = Set.of("POST /api/auth/login", "GET /api/support/faqs",
			"GET /api/support/faqs/categories", "GET /api/support/faqs/{slug}", "GET /api/support/help",
			"GET /.well-known/jwks.json", "POST /api/dev/token", "GET /api/auth/sign-in-methods",
			// The web app's page: its data is behind /api.
			"GET /", "GET /support", "GET /support/**", "GET /agent", "GET /agent/**", "GET /admin", "GET /admin/**");
	private static final Set<String> SIGNED_IN = Set.of("GET /api/me", "GET /api/chat",
			"POST /api/support/tickets/create", "GET /api/support/tickets", "POST /api/support/attachments",
			"POST /api/support/faqs/{slug}/feedback", "POST /api/support/faqs/{slug}/click");
	private static final Set<String> CUSTOMER = Set.of("GET /api/payments/transactions",
			"POST /api/chat/initiate/{recipientId}");
	/** Bodies that pass validation, where a 400 for {@code {}} would come before the access check. */
	private static final Map<String, String> BODIES = Map.of(
			"POST /api/chat/{chatId}/messages", "{\"text\":\"matrix\"}",
			"POST /api/support/chats/{chatId}/rating", "{\"rating\":5}",
			"POST /api/support/tickets/{ticketId}/rating", "{\"rating\":5}",
			"POST /api/support/tickets/{ticketId}/reply", "{\"message\":\"matrix\"}",
			"PUT /api/chat/{chatId}/language", "{\"language\":\"hi\"}");
	private static final Set<String> UPLOADS = Set.of("POST /api/chat/{chatId}/images", "POST /api/support/attachments");
	/** Covered by SocketRightsTests: signing out here would revoke the tokens the matrix uses. */
	private static final Set<String> NOT_HERE = Set.of("POST /api/auth/logout");

	@Autowired
	Api api;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRouteRefusesExactlyTheCallersItMust() {
		var agents = new AgentFixtures(api);
		var ownerId = "owner-" + UUID.randomUUID();
		var tokens = new LinkedHashMap<Persona, @Nullable String>();
		tokens.put(Persona.ANONYMOUS, null);
		tokens.put(Persona.OTHER_CUSTOMER, api.customerToken("other-" + UUID.randomUUID(), "Other Customer"));
		tokens.put(Persona.OWNER, api.customerToken(ownerId, "Owner"));
		tokens.put(Persona.AGENT_OF_ANOTHER_TEAM, agents.token(agents.createInTeam("Other Team", "kyc", "AGENT")));
		var agentEmail = agents.createInTeam("Assigned Agent", "payments", "AGENT");
		tokens.put(Persona.AGENT, agents.token(agentEmail));
		tokens.put(Persona.SUPERVISOR, agents.token(agents.create("Matrix Supervisor", "AGENT", "SUPERVISOR")));
		var disabledEmail = agents.create("Matrix Disabled", "AGENT");
		var disabledToken = agents.token(disabledEmail);
		api.post("/api/admin/agents/" + agents.idOf(disabledEmail) + "/disable", agents.adminToken(), Map.of());
		tokens.put(Persona.DISABLED_AGENT, disabledToken);
		tokens.put(Persona.ADMIN, agents.token(agents.create("Matrix Admin", "ADMIN")));

		// The owner's chat, with the assigned agent; the owner's ticket, assigned to the same agent.
		var owner = tokens.get(Persona.OWNER);
		var agentId = agents.idOf(agentEmail);
		var chatId = api.post("/api/chat/initiate/" + agentId, owner, Map.of()).body().get("id").asString();
		var ticketId = api.post("/api/support/tickets/create", owner, Map.of("issueType", "Matrix",
				"description", "authorisation matrix")).body().get("id").asString();
		assertThat(api.post("/api/tickets/" + ticketId + "/assign", tokens.get(Persona.SUPERVISOR),
				Map.of("assigneeId", agentId)).status()).isEqualTo(200);
		var throwaway = agents.idOf(agents.create("Matrix Throwaway", "AGENT"));
		var values = Map.of("chatId", chatId, "ticketId", ticketId, "userId", ownerId, "id", throwaway,
				"recipientId", "support", "slug", "refund-not-received", "conversationId", chatId);

		var mismatches = new ArrayList<String>();
		int checks = 0;
		// GETs first: nothing they do changes what the writes find.
		var routes = MappedRoute.all(mappings).stream()
				.sorted(Comparator.comparing((MappedRoute r) -> !r.method().equals("GET"))).toList();
		for (var route : routes) {
			if (NOT_HERE.contains(route.key())) {
				continue;
			}
			var access = access(route);
			if (access == null) {
				mismatches.add("unclassified route " + route.key() + ": give it an access class in this matrix");
				continue;
			}
			var path = fill(route.pattern(), values);
			// Refusals first, so a caller who may act (close the chat, say) does so after them.
			for (var persona : tokens.keySet().stream().sorted(Comparator.comparing(p -> allowed(access, p))).toList()) {
				var allowed = allowed(access, persona);
				if (allowed && route.stream()) {
					continue;
				}
				var status = send(route, path, tokens.get(persona));
				checks++;
				var someoneElses = Set.of(Access.OWNED, Access.OWNER_ONLY, Access.WORKED_ON, Access.CUSTOMER_DATA)
						.contains(access);
				var ok = allowed ? status != 401 && status != 403
						: access == Access.PAYMENTS_SYSTEM ? status == 401
						: switch (persona) {
							case ANONYMOUS, DISABLED_AGENT -> status == 401;
							case OTHER_CUSTOMER, AGENT_OF_ANOTHER_TEAM -> someoneElses
									? status == 403 || status == 404 : status == 403;
							default -> status == 403;
						};
				if (!ok) {
					mismatches.add(route.key() + " as " + persona + " (" + access + "): " + status + ", expected "
							+ (allowed ? "past authorisation" : "refused"));
				}
			}
		}
		api.closeChatsOf(tokens.get(Persona.OWNER), tokens.get(Persona.OTHER_CUSTOMER));
		System.out.printf("Authorisation matrix: %d checks, %d mismatches%n", checks, mismatches.size());
		assertThat(mismatches).isEmpty();
	}

	private static boolean allowed(Access access, Persona persona) {
		return switch (access) {
			case PUBLIC -> persona != Persona.DISABLED_AGENT;
			case PAYMENTS_SYSTEM -> false;
			case SIGNED_IN -> persona != Persona.ANONYMOUS && persona != Persona.DISABLED_AGENT;
			case CUSTOMER -> persona == Persona.OWNER || persona == Persona.OTHER_CUSTOMER;
			case OWNED -> Set.of(Persona.OWNER, Persona.AGENT, Persona.SUPERVISOR, Persona.ADMIN).contains(persona);
			case OWNER_ONLY -> persona == Persona.OWNER;
			case WORKED_ON, CUSTOMER_DATA -> Set.of(Persona.AGENT, Persona.SUPERVISOR, Persona.ADMIN).contains(persona);
			case STAFF -> Set.of(Persona.AGENT_OF_ANOTHER_TEAM, Persona.AGENT, Persona.SUPERVISOR, Persona.ADMIN)
					.contains(persona);
			case AGENT_OR_ADMIN -> Set.of(Persona.AGENT_OF_ANOTHER_TEAM, Persona.AGENT, Persona.SUPERVISOR,
					Persona.ADMIN).contains(persona);
			case LEADS -> persona == Persona.SUPERVISOR || persona == Persona.ADMIN;
			case ADMIN -> persona == Persona.ADMIN;
		};
	}

	private static @Nullable Access access(MappedRoute route) {
		var key = route.key();
		var path = route.pattern();
		if (PUBLIC.contains(key)) {
			return Access.PUBLIC;
		}
		if (SIGNED_IN.contains(key)) {
			return Access.SIGNED_IN;
		}
		if (CUSTOMER.contains(key)) {
			return Access.CUSTOMER;
		}
		if (key.equals("POST /api/integrations/payments/events")) {
			return Access.PAYMENTS_SYSTEM;
		}
		// Rating is the customer's; reading a rating is staff's (below). The chat's language is the customer's choice.
		if (key.equals("POST /api/support/tickets/from-chat/{chatId}") || key.equals("PUT /api/chat/{chatId}/language")
				|| (route.method().equals("POST") && key.endsWith("/rating"))) {
			return Access.OWNER_ONLY;
		}
		if (key.equals("POST /api/chat/{chatId}/hand-back")) {
			return Access.WORKED_ON;
		}
		if (path.startsWith("/api/agents/customers/{userId}")) {
			return Access.CUSTOMER_DATA;
		}
		if (path.startsWith("/api/admin/")) {
			return Access.ADMIN;
		}
		// The co-browsing audit: the sessions' metadata, for the people running the team.
		if (path.startsWith("/api/team/") || path.startsWith("/api/reports") || path.startsWith("/api/cobrowse/")) {
			return Access.LEADS;
		}
		if (path.equals("/api/bot/classify")) {
			return Access.AGENT_OR_ADMIN;
		}
		// Only local staff accounts have a password here (customers sign in with the app's identity provider).
		if (path.startsWith("/api/agents/") || path.startsWith("/api/tickets") || key.equals("POST /api/auth/password")) {
			return Access.STAFF;
		}
		if (path.startsWith("/api/chat/{chatId}") || path.startsWith("/api/support/tickets/{ticketId}")
				|| path.startsWith("/api/support/chats/{chatId}") || path.startsWith("/api/support/tickets/from-chat/")) {
			return Access.OWNED;
		}
		return null;
	}

	private int send(MappedRoute route, String path, @Nullable String token) {
		if (UPLOADS.contains(route.key())) {
			return api.upload(path, token, "matrix.png", "image/png", ImageFixtures.image("png", 2, 2)).status();
		}
		var method = route.method();
		var writes = !method.equals("GET") && !method.equals("DELETE");
		var body = BODIES.getOrDefault(route.key(), "{}");
		return api.send(method, path, token, writes ? "application/json" : null,
				writes ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody()).status();
	}

	private static String fill(String pattern, Map<String, String> values) {
		var result = pattern;
		for (var entry : values.entrySet()) {
			result = result.replace("{" + entry.getKey() + "}", entry.getValue());
		}
		// Any other variable (an image, an attachment, an intent, a version): a value nothing has.
		return result.replaceAll("\\{[^}]+}", "nothing-here");
	}
}
