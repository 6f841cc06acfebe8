package app.zetpay.support.webapp;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.springframework.core.env.Environment;

import app.zetpay.support.testing.Api;

/**
 * Signs a demo customer in from the sign-in page the way the running profile offers it: the
 * embedded default lists demo customers (POST /api/dev/token); production has no such endpoint and
 * takes the token from the Zet Pay app through {@code window.ZetChat.init}, which is what the app's
 * WebView does. Either way the page then goes on to where the customer was headed.
 */
final class CustomerSignIn {

	private CustomerSignIn() {
	}

	static void as(Page page, Api api, Environment environment, String userId, String name) {
		var demo = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue as " + name));
		if (environment.getProperty("support.identity.dev-tokens.enabled", Boolean.class, false)) {
			demo.click();
		}
		else {
			demo.waitFor();
			page.evaluate("token => window.ZetChat.init({ token })", api.customerToken(userId, name));
		}
	}

}
