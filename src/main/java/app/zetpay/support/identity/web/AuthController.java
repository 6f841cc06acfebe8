package app.zetpay.support.identity.web;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.internal.PasswordChanges;
import app.zetpay.support.identity.internal.SignIn;
import app.zetpay.support.identity.internal.SignOut;
import app.zetpay.support.shared.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Identity")
class AuthController {

	/** Marks a browser that signed in, so throttling recognises it (docs/decisions/0016). */
	static final String DEVICE_COOKIE = "zetpay_device";

	private final SignIn signIn;
	private final SignOut signOut;
	private final PasswordChanges passwords;

	AuthController(SignIn signIn, SignOut signOut, PasswordChanges passwords) {
		this.signIn = signIn;
		this.signOut = signOut;
		this.passwords = passwords;
	}

	record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
	}

	/**
	 * @param passwordChangeRequired signed in with a one-time password: every route but
	 *     {@code POST /api/auth/password} (and sign-out, {@code /api/me}) answers 403
	 *     {@code password-change-required} until a new one is chosen
	 */
	record LoginResponse(String token, String tokenType, Instant expiresAt, AgentView agent,
			boolean passwordChangeRequired) {
	}

	record ChangePasswordRequest(@NotBlank @Size(max = 200) String currentPassword,
			@NotBlank @Size(max = 200) String newPassword) {
	}

	record CallerView(String id, String name, String kind, List<String> roles, List<String> teams) {
	}

	@PostMapping("/auth/login")
	@Operation(summary = "Sign in as an agent, supervisor or admin", description = "After a few failures for one "
			+ "email from one address, each further attempt from there must wait (429 sign-in-delayed, doubling). "
			+ "Very many failures lock the email (429 account-locked) or refuse an address (429 too-many-attempts) "
			+ "for clients that have not signed in to that email before. A successful sign-in sets the device "
			+ "cookie that marks this browser as such a client.")
	ResponseEntity<LoginResponse> login(@Valid @RequestBody LoginRequest request,
			@CookieValue(name = DEVICE_COOKIE, required = false) @Nullable String device, HttpServletRequest http) {
		var signedIn = signIn.signIn(request.email(), request.password(), http.getRemoteAddr(), device);
		// Only the sign-in route reads it, and no script needs to.
		var cookie = ResponseCookie.from(DEVICE_COOKIE, signedIn.deviceId())
				.path("/api/auth")
				.httpOnly(true)
				.secure(http.isSecure())
				.sameSite("Strict")
				.maxAge(signIn.deviceLifetime())
				.build();
		return ResponseEntity.ok()
				.header(HttpHeaders.SET_COOKIE, cookie.toString())
				.body(new LoginResponse(signedIn.token().value(), "Bearer", signedIn.token().expiresAt(),
						AgentView.of(signedIn.account()), signedIn.passwordChangeRequired()));
	}

	@PostMapping("/auth/password")
	@Operation(summary = "Choose a new password (staff): required after signing in with a one-time password",
			description = "Needs the current password (a wrong one is 400 on currentPassword, counted and throttled "
					+ "like a failed sign-in, 429). The new one follows the same rules as any password (at least "
					+ "10 characters, at most 72 bytes) and must differ from the current one. Every token the account "
					+ "holds stops working, here and on open sockets (closed with password-changed); the answer "
					+ "carries the token to use from now on.")
	LoginResponse changePassword(@Valid @RequestBody ChangePasswordRequest request, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		if (!(caller instanceof Caller.Staff staff)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Only staff accounts have a password here.");
		}
		var changed = passwords.change(staff, request.currentPassword(), request.newPassword(), http.getRemoteAddr());
		return new LoginResponse(changed.token().value(), "Bearer", changed.token().expiresAt(),
				AgentView.of(changed.account()), false);
	}

	@PostMapping("/auth/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Sign out: revoke this token", description = "The token stops working on every node at "
			+ "once, and sockets opened with it close (1008). The agent's other sessions stay signed in.")
	void logout(@AuthenticationPrincipal Caller caller, Authentication authentication) {
		signOut.signOut(caller, (Jwt) authentication.getCredentials());
	}

	@GetMapping("/me")
	@Operation(summary = "Who the bearer token belongs to")
	CallerView me(@AuthenticationPrincipal Caller caller) {
		return switch (caller) {
			case Caller.Customer customer -> new CallerView(customer.id(), customer.displayName(), "customer",
					List.of("CUSTOMER"), List.of());
			case Caller.Staff staff -> new CallerView(staff.id(), staff.displayName(), "agent",
					staff.roles().stream().map(Enum::name).sorted().toList(),
					staff.teams().stream().map(Object::toString).sorted().toList());
		};
	}
}
