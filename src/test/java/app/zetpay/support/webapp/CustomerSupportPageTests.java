package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.zetpay.support.testing.BrowserTest;
import app.zetpay.support.testing.WebPages;

@BrowserTest
class CustomerSupportPageTests {

	@Test
	void aCustomerOpensSupportAndSeesWhereTheyAre(WebPages pages) {
		pages.visit("/support", "support", page -> {
			// The page's one main heading, whatever its words (the help centre's hub will replace the
			// skeleton's); a search box labelled "Search help" joins this check when the hub lands.
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
			assertThat(page.getByRole(AriaRole.MAIN)).isVisible();
		});
	}
}
