package app.zetpay.support.chat.web;

/**
 * Why an authenticated socket may no longer be used. The client gets an {@code auth_failed} frame
 * with the code, then the socket closes with 1008 (policy violation) and the reason.
 */
enum Revocation {

	TOKEN_EXPIRED("token-expired", "Your token has expired; send reauthenticate before it does, or reconnect."),
	SIGNED_OUT("signed-out", "You signed out."),
	ACCOUNT_DISABLED("account-disabled", "Your account was disabled."),
	PASSWORD_CHANGED("password-changed", "Your password was reset or changed; sign in again."),
	RIGHTS_CHANGED("rights-changed", "Your roles or teams changed; reconnect to go on with the new ones.");

	private final String code;
	private final String message;

	Revocation(String code, String message) {
		this.code = code;
		this.message = message;
	}

	String code() {
		return code;
	}

	String message() {
		return message;
	}
}
