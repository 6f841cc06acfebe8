package app.zetpay.support.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * How much one user may store per window: chat images and ticket attachments together, since they
 * fill the same blob store. Counted in files and in bytes, for the whole cluster; a file refused on
 * either count takes nothing from the other.
 */
@Component
public class UploadAllowance {

	private final RateLimiter limiter;
	private final Limits limits;

	UploadAllowance(RateLimiter limiter, Limits limits) {
		this.limiter = limiter;
		this.limits = limits;
	}

	/**
	 * @param files uploads per user per window
	 * @param bytes bytes uploaded per user per window
	 */
	@ConfigurationProperties("support.storage.uploads-per-user")
	record Limits(@DefaultValue("30/1h") RateLimit files, @DefaultValue("100MB/1h") RateLimit bytes) {
	}

	/** Takes one file of this size from the user's allowance, or refuses with 429 {@code rate-limited}. */
	public void take(String userId, long bytes) {
		limiter.acquire("uploads:files:" + userId, limits.files(), "You have uploaded " + limits.files().permits()
				+ " files recently. Wait before uploading more.");
		var wait = limiter.tryAcquire("uploads:bytes:" + userId, limits.bytes(), bytes);
		if (wait.isPresent()) {
			limiter.release("uploads:files:" + userId, limits.files(), 1);
			throw ProblemException.tooManyRequests("rate-limited", "You have uploaded "
					+ limits.bytes().permits() / (1024 * 1024) + " MB recently. Wait before uploading more.", wait.get());
		}
	}
}
