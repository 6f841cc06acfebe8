package app.zetpay.support.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.security.SecureRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.EmailAddress;
import app.zetpay.support.shared.ProblemException;

/**
 * Password sign-in for local accounts, throttled so that guessing is slow but nobody can lock
 * someone else out (docs/decisions/0016):
 * <ul>
 * <li>each (email, address) pair gets a few free failures, then must wait before every further
 * attempt, the wait doubling with each failure up to a cap;</li>
 * <li>an email with very many failures from everywhere together is locked, and an address with very
 * many failures for any emails is refused;</li>
 * <li>but a client in good standing with the email (it signed in to it before, as this browser's
 * device cookie or from this address, and has failed little since) skips all of that, so the owner
 * gets in while the account is under attack from elsewhere, or behind an address an attacker shares.</li>
 * </ul>
 * The rules apply alike whether or not an account has the email, so they reveal nothing. Counts come
 * from the database, so they hold across nodes and restarts.
 */
@Service
public class SignIn {

	private static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f]{32}");

	private final Agents agents;
	private final LoginAttempts attempts;
	private final PasswordEncoder passwords;
	private final TokenIssuer tokens;
	private final IdentityProperties.Login limits;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	private final String unknownAccountHash;

	SignIn(Agents agents, LoginAttempts attempts, PasswordEncoder passwords, TokenIssuer tokens,
			IdentityProperties properties, Clock clock) {
		this.agents = agents;
		this.attempts = attempts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.limits = properties.login();
		this.clock = clock;
		this.unknownAccountHash = UNKNOWN_ACCOUNT_HASH;
	}

	/**
	 * Checked against when the email is unknown, so both paths cost one hash comparison. A constant
	 * (of "no account has this password", at the encoder's BCrypt cost 10, which a test holds it to)
	 * rather than hashed in the constructor: a hash is a tenth of a second of CPU on every start.
	 */
	static final String UNKNOWN_ACCOUNT_HASH = "{bcrypt}$2a$10$kjqbgKVf9N6TQrpI.ZPA1uab0yrlIzPREnIovRTiKiwGsNb1dEdBy";

	/**
	 * @param deviceId the device id to keep in the browser's cookie: it is in good standing with this
	 *     account from now on
	 */
	public record SignedIn(AgentAccount account, TokenIssuer.IssuedToken token, String deviceId,
			boolean passwordChangeRequired) {
	}

	/** How long a browser keeps its device cookie: as long as a sign-in keeps it in good standing. */
	public Duration deviceLifetime() {
		return limits.trustedFor();
	}

	/**
	 * Deliberately not one transaction: failed attempts must be recorded even though we refuse.
	 *
	 * @param deviceId the browser's device cookie, if it sent one; anything malformed is ignored
	 */
	public SignedIn signIn(String rawEmail, String password, String clientIp, @Nullable String deviceId) {
		var now = clock.instant();
		var email = rawEmail.strip().toLowerCase(Locale.ROOT);
		var client = new LoginAttempts.Client(clientIp,
				deviceId != null && DEVICE_ID.matcher(deviceId).matches() ? deviceId : null);
		if (!inGoodStanding(email, client, now)) {
			refuseIfThrottled(email, client, now);
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
		if (!succeeded) {
			attempts.record(email, client, false, now);
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-credentials",
					"The email or password is wrong, or the account is disabled.");
		}
		var device = client.deviceId() != null ? client.deviceId() : newDeviceId();
		attempts.record(email, new LoginAttempts.Client(clientIp, device), true, now);
		var stored = account.get();
		return new SignedIn(stored.account(), tokens.forAgent(stored), device, stored.passwordChangeRequired());
	}

	/**
	 * Signed in to this email before, within {@code trustedFor}, as this device or from this address,
	 * and fewer than {@code freeFailures} failures from it since: a stolen cookie or a shared address
	 * buys at most that many guesses past the lock.
	 */
	private boolean inGoodStanding(String email, LoginAttempts.Client client, Instant now) {
		var trustedSince = now.minus(limits.trustedFor());
		if (client.deviceId() != null) {
			var device = client.deviceId();
			var success = attempts.lastSuccessFromDevice(email, device, trustedSince);
			if (success.isPresent()
					&& attempts.failuresFromDevice(email, device, success.get()).count() < limits.freeFailures()) {
				return true;
			}
		}
		var success = attempts.lastSuccessFromAddress(email, client.ip(), trustedSince);
		return success.isPresent()
				&& attempts.failuresFromAddress(email, client.ip(), success.get()).count() < limits.freeFailures();
	}

	void refuseIfThrottled(String email, LoginAttempts.Client client, Instant now) {
		var fromAddress = attempts.failuresFromAddress(client.ip(), now.minus(limits.ipWindow()));
		if (fromAddress.count() >= limits.maxFailuresPerIp()) {
			throw ProblemException.tooManyRequests("too-many-attempts", "Too many failed sign-ins from your network. "
					+ "Try again later, or from a device that has signed in before.",
					untilOldestLeaves(fromAddress, limits.ipWindow(), now));
		}
		var forEmail = attempts.failuresForEmail(email, now.minus(limits.window()));
		if (forEmail.count() >= limits.maxFailuresPerAccount()) {
			throw ProblemException.tooManyRequests("account-locked", "This account is locked after very many failed "
					+ "sign-ins. Try again later, or from a device that has signed in before.",
					untilOldestLeaves(forEmail, limits.window(), now));
		}
		// The run for this pair restarts at its last success (by anyone from this address).
		var since = attempts.lastSuccessFromAddress(email, client.ip(), now.minus(limits.window()))
				.orElse(now.minus(limits.window()));
		var run = attempts.failuresFromAddress(email, client.ip(), since);
		if (run.count() >= limits.freeFailures()) {
			var allowedAt = run.last().orElse(now).plus(delayAfter(run.count()));
			if (now.isBefore(allowedAt)) {
				throw ProblemException.tooManyRequests("sign-in-delayed", "Too many failed sign-ins for this account "
						+ "from your network. Wait before trying again.", Duration.between(now, allowedAt));
			}
		}
	}

	/** {@code firstDelay} after {@code freeFailures} failures, doubling with each further one, at most {@code maxDelay}. */
	Duration delayAfter(int failures) {
		var doublings = Math.min(failures - limits.freeFailures(), 40);
		var delay = limits.firstDelay().multipliedBy(1L << doublings);
		return delay.compareTo(limits.maxDelay()) > 0 || delay.isNegative() ? limits.maxDelay() : delay;
	}

	/** When the oldest failure in a window leaves it, the count drops below the limit again. */
	private static Duration untilOldestLeaves(LoginAttempts.Failures failures, Duration window, Instant now) {
		return Duration.between(now, failures.first().orElse(now).plus(window));
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldAttempts() {
		var now = clock.instant();
		var longest = limits.window().compareTo(limits.ipWindow()) > 0 ? limits.window() : limits.ipWindow();
		attempts.deleteOlderThan(now.minus(longest.plus(Duration.ofDays(1))), now.minus(limits.trustedFor()));
	}

	private String newDeviceId() {
		var bytes = new byte[16];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static Optional<EmailAddress> parse(String email) {
		try {
			return Optional.of(new EmailAddress(email));
		}
		catch (ProblemException invalid) {
			return Optional.empty();
		}
	}
}
