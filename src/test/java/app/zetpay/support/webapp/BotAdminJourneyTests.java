package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.BrowserTest;
import app.zetpay.support.testing.WebPages;
import app.zetpay.support.testing.WebPages.Viewport;

/**
 * An admin teaches the bot in /admin/bot: a training file with a bad line is refused and the page
 * names the line and shows it; the corrected file is imported; a training runs with the progress bar
 * going to the end; the new version's evaluation is shown; then a roll back to the version before
 * makes that one active again (on the server too). On the way: the intents, try it and the handover
 * rules. A desk's tool: checked at 1280 px only.
 */
@BrowserTest
// The same properties as CustomerChatJourneyTests (one shared application context): the seeded intents
// train the first model on start.
@TestPropertySource(properties = { "support.chat.bot-first=true", "support.bot.seed=true",
		"support.bot.model-poll=200ms", "support.payments.adapter=demo" })
class BotAdminJourneyTests {

	private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(20_000);

	@Autowired
	Api api;

	/** The seeded intents train a model in the background on start: there is a version to roll back to. */
	@BeforeAll
	static void awaitTheBotsModel(@Autowired Api api) throws InterruptedException {
		var admin = new AgentFixtures(api).adminToken();
		var deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (activeVersion(api, admin) == 0 || "TRAINING".equals(
				api.get("/api/admin/bot/models/training", admin).body().path("state").asString())) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No bot model became active");
			}
			if (api.get("/api/admin/bot/models", admin).body().isEmpty()) {
				api.post("/api/admin/bot/models", admin, Map.of());
			}
			Thread.sleep(250);
		}
	}

	@Test
	void anAdminFixesABadTrainingFileTrainsWatchingTheProgressAndRollsBack(WebPages pages) {
		var agents = new AgentFixtures(api);
		var email = agents.create("Farah Khan", "AGENT", "ADMIN");
		var before = activeVersion(api, agents.adminToken());
		var suffix = UUID.randomUUID().toString().substring(0, 6);
		var cashback = "cashback_missing_" + suffix;
		var statement = "statement_download_" + suffix;
		var good = """
				text,category
				my cashback did not arrive,%1$s
				where is the cashback for my bill payment,%1$s
				cashback not credited to wallet,%1$s
				I was promised cashback but got nothing,%1$s
				cashback offer not applied,%1$s
				no cashback after recharge,%1$s
				how do I download my statement,%2$s
				get account statement as pdf,%2$s
				I need last month's statement,%2$s
				email me my transaction statement,%2$s
				statement for tax filing,%2$s
				where can I see my monthly statement,%2$s
				""".formatted(cashback, statement);
		// Line 4 has three columns: a text with a comma, unquoted.
		var bad = good.replace("cashback not credited to wallet,", "cashback not credited, to wallet,");

		pages.visit("/agent/sign-in?next=/admin/bot/training", "admin-bot-training", page -> {
			ConsoleSteps.signIn(page, email);
			var upload = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Upload training data"));

			upload.getByLabel("Training file (CSV)").setInputFiles(
					new FilePayload("training.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
			upload.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")).click();
			var refused = upload.getByRole(AriaRole.ALERT);
			assertThat(refused).containsText("Line 4", SOON);
			assertThat(refused).containsText("expected 2 columns");
			assertThat(refused.getByLabel("Line 4 of the file")).containsText("cashback not credited, to wallet,");
			WebPages.screenshot(page, Path.of("docs/screenshots/admin-bot-upload-error-1280.png"));

			upload.getByLabel("Training file (CSV)").setInputFiles(
					new FilePayload("training.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)));
			upload.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")).click();
			assertThat(upload.getByRole(AriaRole.STATUS)).containsText("2 new intents, 12 new examples", SOON);

			var train = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Train a new version"));
			train.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Train now")).click();
			var bar = train.getByRole(AriaRole.PROGRESSBAR, new Locator.GetByRoleOptions().setName("Training progress"));
			assertThat(bar).isVisible();
			assertThat(bar).hasAttribute("aria-valuenow", "100",
					new LocatorAssertions.HasAttributeOptions().setTimeout(180_000));
			assertThat(train).containsText("trained and active", SOON);

			var versions = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Model versions"));
			var newest = versions.getByRole(AriaRole.ROW).nth(1);
			assertThat(newest).containsText("Active", SOON);
			var evaluation = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
				.setName(java.util.regex.Pattern.compile("^Evaluation of version \\d+$")));
			assertThat(evaluation).containsText("Macro-F1", SOON);
			assertThat(evaluation.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("Per intent (worst first)")))
				.isVisible();
			dismissToasts(page);
			evaluation.scrollIntoViewIfNeeded();
			WebPages.screenshot(page, Path.of("docs/screenshots/admin-bot-evaluation-1280.png"));

			versions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Roll back to version " + before))
				.click();
			var previous = versions.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
				.setHas(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show evaluation of version " + before).setExact(true))));
			assertThat(previous).containsText("Active", SOON);
			assertThat(newest).not().containsText("Active");
			dismissToasts(page);
		}, Viewport.DESKTOP);

		assertThat(activeVersion(api, agents.adminToken())).isEqualTo(before);

		pages.visit("/agent/sign-in?next=/admin/bot", "admin-bot-intents", page -> {
			ConsoleSteps.signIn(page, email);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(cashback)).click();
			var examples = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Examples"));
			assertThat(examples).containsText("cashback offer not applied", SOON);
			examples.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("New example"))
				.fill("cashback missing for my electricity bill");
			examples.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add example")).click();
			assertThat(examples).containsText("cashback missing for my electricity bill", SOON);
			dismissToasts(page);
		}, Viewport.DESKTOP);

		pages.visit("/agent/sign-in?next=/admin/bot/try", "admin-bot-try", page -> {
			ConsoleSteps.signIn(page, email);
			page.getByLabel("Sentence").fill("I want to talk to a real person");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Classify")).click();
			var result = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Intent"));
			assertThat(result).containsText("Hands over to a person", SOON);
			assertThat(result.getByRole(AriaRole.STATUS)).containsText("asks for a person");
		}, Viewport.DESKTOP);

		pages.visit("/agent/sign-in?next=/admin/bot/handover", "admin-bot-handover", page -> {
			ConsoleSteps.signIn(page, email);
			assertThat(page.getByLabel("Confidence threshold")).not().hasValue("", new LocatorAssertions.HasValueOptions().setTimeout(20_000));
			assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Rules that always apply")))
				.containsText("asks for a person gets one at once");
		}, Viewport.DESKTOP);
	}

	private static long activeVersion(Api api, String admin) {
		return api.get("/api/admin/bot/models", admin).body().valueStream().filter(m -> m.path("active").asBoolean())
			.mapToLong(m -> m.get("version").asLong()).findFirst().orElse(0);
	}

	/** Notices of saves would cover the pages in the screenshots. */
	private static void dismissToasts(Page page) {
		var dismiss = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dismiss"));
		while (dismiss.count() > 0) {
			dismiss.first().click();
		}
	}
}
