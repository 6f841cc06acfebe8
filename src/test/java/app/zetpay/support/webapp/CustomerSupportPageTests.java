package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

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
			// The topics loaded, not their skeleton, in the picture.
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Refunds"))))
				.isVisible();
		});
	}

	@Test
	void aCustomerSwitchesTheHubToHindiAndItStaysHindi(WebPages pages) {
		pages.visit("/support", "support-hi", page -> {
			// A segmented English | हिन्दी from 640 px; on a phone one button naming the other language.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("हिन्दी").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("हम आपकी क्या मदद कर सकते हैं?");
			assertThat(page.locator("html")).hasAttribute("lang", "hi");
			// Remembered: a reload (the next visit) starts in Hindi.
			page.reload();
			assertThat(page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("सहायता लेख खोजें")))
				.isVisible();
			assertThat(page.locator("html")).hasAttribute("lang", "hi");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English").setExact(true)))
				.isVisible();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("विषय के हिसाब से देखें")))
				.isVisible();
			// The topics carry their Hindi names (decision 0044).
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^रिफ़ंड"))))
				.isVisible();
			// The self-hosted Devanagari face is what draws the text, not a fallback box.
			page.waitForFunction("() => document.fonts.check('16px \"Noto Sans Devanagari\"', 'हिन्दी')");
		});
	}
}
