package app.zetpay.support.webapp;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.springframework.core.env.Environment;

import app.zetpay.support.testing.Api;

/**
 * Signs a demo customer in from the sign-in page the way the running profile offers it: the
 * embedded default lists demo customers (POST /api/dev/token); production lists none, only says to
 * sign in from the app, and takes the token from the Zet Pay app through {@code window.ZetChat.init},
 * which is what the app's WebView does. Either way the page then goes on to where the customer was headed.
 */
final class CustomerSignIn {

	private CustomerSignIn() {
	}

	static void as(Page page, Api api, Environment environment, String userId, String name) {
		if (environment.getProperty("support.identity.dev-tokens.enabled", Boolean.class, false)) {
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue as " + name)).click();
		}
		else {
			// The page offers no demo customers there (GET /api/auth/sign-in-methods), only the app.
			page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in from the Zet Pay app"))
				.waitFor();
			page.evaluate("token => window.ZetChat.init({ token })", api.customerToken(userId, name));
		}
	}

}
