package app.zetpay.support.identity.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import app.zetpay.support.shared.Problems;

/**
 * An account signed in with a one-time password (invite, reset) may only choose its own password,
 * see who it is, or sign out; everything else under {@code /api} is 403 {@code password-change-required},
 * whatever its roles. Runs after the bearer token is verified (the flag comes from the account row read
 * there), before the route rules: a clear reason beats the route's generic 403.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

	static final String CHANGE_PASSWORD_PATH = "/api/auth/password";
	private static final Set<String> ALLOWED = Set.of(CHANGE_PASSWORD_PATH, "/api/auth/logout", "/api/me");

	private final Problems problems;

	PasswordChangeGate(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication instanceof CallerAuthentication caller && caller.passwordChangeRequired()
				&& path.startsWith("/api/") && !ALLOWED.contains(path)) {
			problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "password-change-required",
					"You signed in with a one-time password: choose your own password first (POST "
							+ CHANGE_PASSWORD_PATH + ")."));
			return;
		}
		chain.doFilter(request, response);
	}
}
