package app.zetpay.support.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.EmailAddress;
import app.zetpay.support.shared.ProblemException;

/**
 * Password sign-in for local accounts, throttled two ways: a run of failures locks the email for a
 * while (whether or not an account has it, so the lock reveals nothing), and too many failures from
 * one address refuse that address. Counts live in the database, so they hold across nodes.
 */
@Service
public class SignIn {

	private final Agents agents;
	private final LoginAttempts attempts;
	private final PasswordEncoder passwords;
	private final TokenIssuer tokens;
	private final IdentityProperties.Login limits;
	private final Clock clock;
	private final String unknownAccountHash;

	SignIn(Agents agents, LoginAttempts attempts, PasswordEncoder passwords, TokenIssuer tokens,
			IdentityProperties properties, Clock clock) {
		this.agents = agents;
		this.attempts = attempts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.limits = properties.login();
		this.clock = clock;
		// Checked against when the email is unknown, so both paths cost one hash comparison.
		this.unknownAccountHash = passwords.encode("no account has this password");
	}

	public record SignedIn(AgentAccount account, TokenIssuer.IssuedToken token) {
	}

	/** Deliberately not one transaction: failed attempts must be recorded even though we refuse. */
	public SignedIn signIn(String rawEmail, String password, String clientIp) {
		var now = clock.instant();
		var email = rawEmail.strip().toLowerCase(Locale.ROOT);
		if (attempts.failuresFromAddress(clientIp, now.minus(limits.ipWindow())) >= limits.maxFailuresPerIp()) {
			throw tooMany("too-many-attempts", "Too many failed sign-ins from your network. Try again later.",
					limits.ipWindow());
		}
		var run = attempts.failuresInARow(email, now.minus(limits.lockout()));
		if (run.count() >= limits.maxFailuresPerAccount()) {
			var lockedUntil = run.latest().orElse(now).plus(limits.lockout());
			throw tooMany("account-locked",
					"This account is locked after repeated failed sign-ins. Try again after " + lockedUntil + ".",
					Duration.between(now, lockedUntil));
		}
		var account = parse(email).flatMap(agents::findByEmail);
		boolean succeeded;
		if (account.isPresent()) {
			succeeded = passwords.matches(password, account.get().passwordHash()) && account.get().account().enabled();
		}
		else {
			passwords.matches(password, unknownAccountHash);
			succeeded = false;
		}
		attempts.record(email, clientIp, succeeded, now);
		if (!succeeded) {
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-credentials",
					"The email or password is wrong, or the account is disabled.");
		}
		var signedIn = account.get().account();
		return new SignedIn(signedIn, tokens.forAgent(signedIn));
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldAttempts() {
		var keep = limits.lockout().compareTo(limits.ipWindow()) > 0 ? limits.lockout() : limits.ipWindow();
		attempts.deleteOlderThan(clock.instant().minus(keep.plus(Duration.ofDays(1))));
	}

	private static Optional<EmailAddress> parse(String email) {
		try {
			return Optional.of(new EmailAddress(email));
		}
		catch (ProblemException invalid) {
			return Optional.empty();
		}
	}

	private static ProblemException tooMany(String code, String detail, Duration retryAfter) {
		return ProblemException.tooManyRequests(code, detail, retryAfter);
	}
}
