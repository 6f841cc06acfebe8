package app.zetpay.support.webapp;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.zetpay.support.testing.AgentFixtures;

/** Signs an account made by {@link AgentFixtures} in to the console from its sign-in page. */
final class ConsoleSignIn {

	private ConsoleSignIn() {
	}

	static void as(Page page, String email) {
		page.getByLabel("Work email").fill(email);
		page.getByLabel("Password").fill(AgentFixtures.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}
}
