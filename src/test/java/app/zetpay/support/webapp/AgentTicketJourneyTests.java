package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
 * A supervisor's ticket work in the console: finds a customer's two tickets with the list's filters
 * and search, merges the duplicate into the first, then works the first (priority, assignee, an
 * internal note, a reply) and reads each change back in the audit trail. The customer's own view
 * gets the reply and never the note.
 */
@BrowserTest
class AgentTicketJourneyTests {

	private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(20_000);

	@Autowired
	Api api;

	@Test
	void aSupervisorFiltersMergesAndWorksATicketAndTheAuditTrailShowsEachChange(WebPages pages) {
		var agents = new AgentFixtures(api);
		var email = agents.create("Kavya Rao", "AGENT", "SUPERVISOR");
		// A word no other test's ticket carries, so the search finds these two and nothing else.
		var marker = "Refund" + UUID.randomUUID().toString().substring(0, 6);
		var customer = api.customerToken("ticket-journey-" + marker, "Rohan Das");
		var first = api.post("/api/support/tickets/create", customer, Map.of("issueType", "Payment failed",
				"description", marker + ": I paid 1,250 rupees to a shop, the payment failed and the money left my account."));
		var duplicate = api.post("/api/support/tickets/create", customer, Map.of("issueType", "Payment failed",
				"description", marker + ": writing again about the same failed payment of 1,250 rupees."));
		assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
		assertThat(duplicate.status()).as(duplicate.raw().body()).isEqualTo(201);
		var firstId = first.body().get("id").asString();
		var firstNumber = api.get("/api/support/tickets/" + firstId, customer).body().get("number").asString();
		var duplicateNumber = api.get("/api/support/tickets/" + duplicate.body().get("id").asString(), customer).body()
			.get("number").asString();

		pages.visit("/agent/sign-in", "agent-ticket", page -> {
			ConsoleSteps.signIn(page, email);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tickets")).click();

			// Filter: open tickets, found by the customer's words.
			var list = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Tickets"));
			list.getByLabel("Status", new Locator.GetByLabelOptions().setExact(true)).selectOption("OPEN");
			page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search tickets")).fill(marker);
			var rows = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Rohan Das"));
			assertThat(rows).hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
			assertThat(page).hasURL(Pattern.compile("status=OPEN"));
			WebPages.screenshot(page, Path.of("docs/screenshots/agent-tickets-1280.png"));

			// Merge the duplicate (the newer one) into the first by its number.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(duplicateNumber)).click();
			page.getByLabel("Into ticket (number or id)").fill(firstNumber);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge").setExact(true)).click();

			// The console goes on to the ticket merged into, which now carries the duplicate's words.
			assertThat(page).hasURL(Pattern.compile("/agent/tickets/" + firstId + "$"));
			var thread = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Ticket thread"));
			assertThat(thread).containsText("writing again about the same failed payment", SOON);
			var details = page.getByRole(AriaRole.COMPLEMENTARY, new Page.GetByRoleOptions().setName("Ticket details"));

			// Work it.
			details.getByLabel("Priority").selectOption("HIGH");
			assertThat(details.getByLabel("Priority")).hasValue("HIGH");
			details.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Add a tag")).fill("bank-reversal");
			details.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Add a tag")).press("Enter");
			assertThat(details.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Tags"))).containsText("bank-reversal", SOON);
			details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign to me")).click();
			assertThat(details).containsText("Me", SOON);

			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Internal note")).click();
			page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Internal note"))
				.fill("Checked with the bank: the reversal is queued, reference RVS-" + marker + ".");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
			assertThat(thread).containsText("reversal is queued", SOON);

			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Reply to customer")).click();
			page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Reply to customer"))
				.fill("Hello Rohan, the bank is returning the 1,250 rupees; you will have it within 3 working days.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reply")).click();
			assertThat(thread).containsText("within 3 working days", SOON);

			var audit = details.getByRole(AriaRole.LIST).last();
			assertThat(audit).containsText("Priority Medium → High", SOON);
			assertThat(audit).containsText("Assignee", SOON);
			assertThat(audit).containsText("Tags bank-reversal", SOON);
			assertThat(audit).containsText("Status Open → In progress", SOON);
		}, Viewport.DESKTOP);

		var seen = api.get("/api/support/tickets/" + firstId, customer).body().toString();
		assertThat(seen).contains("within 3 working days").doesNotContain("reversal is queued");
		var merged = api.get("/api/support/tickets/" + duplicate.body().get("id").asString(), customer).body();
		assertThat(merged.get("status").asString()).isEqualTo("CLOSED");
	}
}
