package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.BrowserTest;
import app.zetpay.support.testing.WebPages;
import app.zetpay.support.testing.WebPages.Viewport;

/**
 * A supervisor runs the team from /admin without a terminal: watches the queue grow live, invites an
 * agent, changes their capacity, disables and re-enables them, resets their password (the agent signs
 * in with the one-time password, and must choose their own before the inbox), renames and deletes an
 * unused team; an admin changes an SLA target and the next ticket is due by it.
 */
@BrowserTest
class TeamAdminJourneyTests {

	private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(20_000);

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToTheConfiguredTargets() {
		jdbc.sql("DELETE FROM sla_target").update();
	}

	@Test
	void aSupervisorWatchesTheQueueLiveAndRunsAnAgentsAccount(WebPages pages) {
		var agents = new AgentFixtures(api);
		// Without AGENT: a supervisor who takes no chats, so the customer waits in the queue.
		var supervisor = agents.create("Meera Iyer", "SUPERVISOR");
		var newcomer = "Arjun Menon " + UUID.randomUUID().toString().substring(0, 4);
		var newcomerEmail = "arjun." + UUID.randomUUID().toString().substring(0, 8) + "@zetpay.test";
		var customer = api.customerToken("live-journey-" + UUID.randomUUID(), "Sunita Rao");

		pages.visit("/agent/sign-in?next=%2Fadmin%2Flive", "admin-live", page -> {
			ConsoleSteps.signIn(page, supervisor);
			var anyTeam = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Team Any team"));
			var waiting = anyTeam.getByTestId("queued");
			assertThat(waiting).hasText(Pattern.compile("\\d+"), new LocatorAssertions.HasTextOptions().setTimeout(20_000));
			var before = Integer.parseInt(waiting.textContent().strip());

			// The customer asks for a person: the count goes up without a reload.
			var chat = api.post("/api/chat/initiate/support", customer, Map.of());
			assertThat(chat.status()).as(chat.raw().body()).isIn(200, 201);
			assertThat(waiting).hasText(String.valueOf(before + 1), new LocatorAssertions.HasTextOptions().setTimeout(20_000));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agents and teams")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite").setExact(true)).click();
			var invite = page.getByRole(AriaRole.DIALOG);
			invite.getByLabel("Name").fill(newcomer);
			invite.getByLabel("E-mail").fill(newcomerEmail);
			invite.getByLabel("Teams").fill("payments");
			invite.getByLabel("Chats at once").fill("4");
			invite.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create account")).click();
			var firstPassword = oneTimePassword(page);
			assertThat(api.get("/api/me", api.agentToken(newcomerEmail, firstPassword)).status()).isEqualTo(200);

			var row = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(newcomer));
			assertThat(row).containsText("4", SOON);
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit " + newcomer)).click();
			var edit = page.getByRole(AriaRole.DIALOG);
			edit.getByLabel("Chats at once").fill("2");
			edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")).click();
			assertThat(row.getByRole(AriaRole.CELL).nth(3)).hasText("2", new LocatorAssertions.HasTextOptions().setTimeout(20_000));

			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disable " + newcomer)).click();
			assertThat(row).containsText("Disabled", SOON);
			assertThat(api.post("/api/auth/login", null, Map.of("email", newcomerEmail, "password", firstPassword))
				.status()).isEqualTo(401);
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enable " + newcomer)).click();
			assertThat(row).containsText("Enabled", SOON);

			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reset the password of " + newcomer)).click();
			var secondPassword = oneTimePassword(page);
			assertThat(secondPassword).isNotEqualTo(firstPassword);
			assertThat(api.get("/api/me", api.agentToken(newcomerEmail, secondPassword)).status()).isEqualTo(200);
			// A reload keeps the session and clears the toasts from the screenshots.
			page.reload();
			assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(newcomer))).containsText("Enabled", SOON);
			WebPages.screenshot(page, Path.of("docs/screenshots/admin-team-1280.png"));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Live view")).click();
			assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Team Any team"))).isVisible();
		}, Viewport.DESKTOP);
		api.closeChatsOf(customer);
	}

	@Test
	void anAgentWhosePasswordWasResetChoosesTheirOwnBeforeTheInbox(WebPages pages) {
		var agents = new AgentFixtures(api);
		var supervisor = agents.create("Kavya Nair", "AGENT", "SUPERVISOR");
		var agentName = "Rohan Das " + UUID.randomUUID().toString().substring(0, 4);
		var agentEmail = agents.create(agentName, "AGENT");
		var oneTime = new String[1];
		var teamKey = "w-" + UUID.randomUUID().toString().substring(0, 8);
		var teamShown = "Wallet " + teamKey.substring(2, 6);
		assertThat(api.post("/api/team/teams", agents.token(supervisor), Map.of("name", teamKey, "displayName", teamShown))
			.status()).isEqualTo(201);

		pages.visit("/agent/sign-in?next=%2Fadmin%2Fteam", "admin-team-reset", page -> {
			ConsoleSteps.signIn(page, supervisor);
			page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(agentName))
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reset the password of " + agentName))
				.click();
			oneTime[0] = oneTimePassword(page);

			// A team created ahead of its members is renamed, then deleted, as nothing uses it.
			var teams = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Teams"));
			teams.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Rename " + teamShown)).click();
			var rename = page.getByRole(AriaRole.DIALOG);
			rename.getByLabel("Display name").fill(teamShown + " and UPI");
			rename.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save name")).click();
			assertThat(teams).containsText(teamShown + " and UPI", SOON);
			teams.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete " + teamShown + " and UPI"))
				.click();
			page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete team"))
				.click();
			assertThat(teams).not().containsText(teamShown, new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
		}, Viewport.DESKTOP);

		// First the screen itself, audited and shot as it is; signing out is not needed: the visit's
		// browser context ends, and the one-time password stays valid until a password is chosen.
		pages.visit("/agent/sign-in?next=%2Fagent%2Finbox", "agent-choose-password", page -> {
			signInWith(page, agentEmail, oneTime[0]);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose your password")))
				.isVisible();
			assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Conversations")))
				.hasCount(0);
		}, Viewport.DESKTOP);

		pages.visit("/agent/sign-in?next=%2Fagent%2Finbox", "agent-first-inbox", page -> {
			signInWith(page, agentEmail, oneTime[0]);
			page.getByLabel("One-time password").fill(oneTime[0]);
			page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("rohan-chose-this-one");
			page.getByLabel("New password again").fill("rohan-chose-this-one");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();

			assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Conversations")))
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
			assertThat(page).hasURL(Pattern.compile(".*/agent/inbox.*"));
		}, Viewport.DESKTOP);

		var signedIn = api.post("/api/auth/login", null, Map.of("email", agentEmail, "password", "rohan-chose-this-one"));
		assertThat(signedIn.status()).isEqualTo(200);
		assertThat(signedIn.body().get("passwordChangeRequired").asBoolean()).isFalse();
		assertThat(api.post("/api/auth/login", null, Map.of("email", agentEmail, "password", oneTime[0])).status())
			.isEqualTo(401);
	}

	@Test
	void anAdminChangesAnSlaTargetAndTheNextTicketIsDueByIt(WebPages pages) {
		var agents = new AgentFixtures(api);
		var admin = agents.create("Farah Khan", "ADMIN");
		var customer = api.customerToken("sla-journey-" + UUID.randomUUID(), "Dev Patel");

		pages.visit("/agent/sign-in?next=%2Fadmin%2Fsettings", "admin-settings", page -> {
			ConsoleSteps.signIn(page, admin);
			var high = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("High targets"));
			high.getByLabel("High first response (min)").fill("20");
			high.getByLabel("High resolution (min)").fill("240");
			high.getByLabel("Around the clock").check();
			high.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save High targets")).click();
			assertThat(page.getByText("High targets saved")).isVisible();
			page.reload();
			assertThat(page.getByLabel("High first response (min)")).hasValue("20");
		}, Viewport.DESKTOP);

		var ticket = api.post("/api/support/tickets/create", customer, Map.of("issueType", "Refund",
				"description", "The refund for my failed recharge has not arrived.", "priority", "HIGH")).body();
		var created = Instant.parse(ticket.get("createdAt").asString());
		assertThat(Duration.between(created, Instant.parse(ticket.get("sla").get("firstResponseDue").asString())))
			.isEqualTo(Duration.ofMinutes(20));
	}

	private static void signInWith(Page page, String email, String password) {
		page.getByLabel("Work email").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	/** The one-time password the page shows once, read and acknowledged. */
	private static String oneTimePassword(Page page) {
		var shown = page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("One-time password"));
		assertThat(shown).hasText(Pattern.compile("\\S{16}"), new LocatorAssertions.HasTextOptions().setTimeout(20_000));
		var password = shown.textContent().strip();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have passed it on")).click();
		return password;
	}
}
