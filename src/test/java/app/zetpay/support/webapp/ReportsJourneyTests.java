package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import app.zetpay.support.reports.internal.ReportDataGenerator;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.BrowserTest;
import app.zetpay.support.testing.WebPages;
import app.zetpay.support.testing.WebPages.Viewport;

/**
 * A supervisor looks at a generated week of a team of their own at /admin/reports: every card has its
 * chart, and the agents table exported as CSV holds the rows the page shows.
 */
@BrowserTest
class ReportsJourneyTests {

	private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(20_000);

	@Autowired
	Api api;

	@Autowired
	DataSource dataSource;

	@Test
	void aSupervisorSeesTheChartsOfASeededWeekAndExportsTheAgentsAsTheTableShowsThem(WebPages pages) {
		var agents = new AgentFixtures(api);
		// A team of this test's own, so other tests' chats stay out of its numbers.
		var team = "reports-" + UUID.randomUUID().toString().substring(0, 8);
		var supervisor = agents.createInTeam("Kavya Nair", team, "SUPERVISOR");
		var priya = agents.createInTeam("Priya Sharma", team, "AGENT");
		var rahul = agents.createInTeam("Rahul Verma", team, "AGENT");
		var now = Instant.now();
		var today = LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Kolkata"));
		var generated = new ReportDataGenerator(dataSource).generate(new ReportDataGenerator.Plan(team + "-",
				today.minusDays(6), today, 160, 6,
				List.of(new ReportDataGenerator.Agent(agents.idOf(priya), "Priya Sharma", team),
						new ReportDataGenerator.Agent(agents.idOf(rahul), "Rahul Verma", team)),
				now, 16, false));
		// Chats that would still be going now are left out: every generated one is closed.
		assertThat(generated.chats()).isGreaterThan(100);

		pages.visit("/agent/sign-in?next=%2Fadmin%2Freports", "admin-reports", page -> {
			ConsoleSteps.signIn(page, supervisor);
			page.getByLabel("Team").selectOption(team);

			var agentsCard = card(page, "Agents");
			var rows = agentsCard.locator("tbody tr");
			assertThat(rows.filter(new Locator.FilterOptions().setHasText("Priya Sharma"))).isVisible(SOON);
			assertThat(rows).hasCount(2);
			// Each card draws its numbers: a chart where one is drawn, the heat map's cells.
			for (var chart : List.of("Volume", "First response and resolution", "CSAT",
					"Bot containment and handovers")) {
				assertThat(card(page, chart).locator("svg.recharts-surface").first()).isVisible(SOON);
			}
			assertThat(card(page, "Busiest hours (IST)").locator("td[aria-label]")).hasCount(7 * 24);

			var download = page.waitForDownload(() -> agentsCard
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Export Agents as CSV")).click());
			var lines = readLines(download.path());
			assertThat(lines.getFirst()).startsWith("agent_id,name,handled,");
			var exported = lines.stream().skip(1).filter(line -> !line.isBlank()).toList();
			assertThat(exported).hasSize(rows.count());
			for (int i = 0; i < rows.count(); i++) {
				var name = rows.nth(i).locator("th").textContent().strip();
				var handled = rows.nth(i).locator("td").first().textContent().strip();
				assertThat(exported).as("the CSV row of %s", name)
					.anySatisfy(line -> assertThat(line).contains("," + name + "," + handled + ","));
			}
			// The page scrolls inside a fixed shell, so a full-page screenshot would show one screenful:
			// a window tall enough for every card, from the top, shows the whole report.
			page.setViewportSize(1280, 1480);
			page.evaluate("document.querySelector('#main > div').scrollTop = 0");
		}, Viewport.DESKTOP);
	}

	private static List<String> readLines(java.nio.file.Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static Locator card(Page page, String title) {
		return page.getByLabel(title, new Page.GetByLabelOptions().setExact(true));
	}
}
