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
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
			assertThat(page.getByRole(AriaRole.MAIN)).isVisible();
			assertThat(page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search help"))).isVisible();
		});
	}
}
