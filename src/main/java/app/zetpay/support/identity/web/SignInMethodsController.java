package app.zetpay.support.identity.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Tells the customer sign-in page which ways in this deployment has, so it offers only those: the
 * demo customers exactly where the dev token endpoint exists (the embedded default), and always the
 * Zet Pay app's token bridge ({@code window.ZetChat.init} or a posted message from the WebView).
 */
@RestController
@Tag(name = "Identity")
class SignInMethodsController {

	/** A way a customer can be signed in. */
	enum CustomerSignIn {
		/** Pick a demo customer; the page gets a token from POST /api/dev/token. */
		DEMO_CUSTOMERS,
		/** The Zet Pay app hands the page its token. */
		HOST_BRIDGE
	}

	record SignInMethods(List<CustomerSignIn> customer) {
	}

	private final ObjectProvider<DevTokenController> devTokens;

	SignInMethodsController(ObjectProvider<DevTokenController> devTokens) {
		this.devTokens = devTokens;
	}

	@GetMapping("/api/auth/sign-in-methods")
	@Operation(summary = "How customers can sign in here: DEMO_CUSTOMERS (embedded default only) and HOST_BRIDGE")
	SignInMethods methods() {
		// Asked of the context rather than of the properties, so the answer cannot drift from whether
		// the endpoint is really there (its profile and its property both decide).
		return devTokens.getIfAvailable() != null
				? new SignInMethods(List.of(CustomerSignIn.DEMO_CUSTOMERS, CustomerSignIn.HOST_BRIDGE))
				: new SignInMethods(List.of(CustomerSignIn.HOST_BRIDGE));
	}
}
