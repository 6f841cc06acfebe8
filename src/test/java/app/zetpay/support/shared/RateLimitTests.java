package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpStatus;

class RateLimitTests {

	@Test
	void readsPermitsPerWindow() {
		assertThat(RateLimit.valueOf("30/10s")).isEqualTo(new RateLimit(30, Duration.ofSeconds(10)));
		assertThat(RateLimit.valueOf("10/1h")).isEqualTo(new RateLimit(10, Duration.ofHours(1)));
		assertThat(RateLimit.valueOf("5 / PT1M")).isEqualTo(new RateLimit(5, Duration.ofMinutes(1)));
	}

	@Test
	void readsAByteAllowance() {
		assertThat(RateLimit.valueOf("100MB/1h")).isEqualTo(new RateLimit(100L * 1024 * 1024, Duration.ofHours(1)));
	}

	@Test
	void refusesWhatIsNotALimit() {
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.valueOf("10"));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.valueOf("0/1h"));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.valueOf("10/0s"));
	}

	@Test
	void bindsFromPropertiesAndDefaults() {
		var source = new MapConfigurationPropertySource(Map.of("support.storage.uploads-per-user.files", "5/1m"));

		var limits = new Binder(source).bindOrCreate("support.storage.uploads-per-user", UploadAllowance.Limits.class);

		assertThat(limits.files()).isEqualTo(new RateLimit(5, Duration.ofMinutes(1)));
		assertThat(limits.bytes()).isEqualTo(new RateLimit(100L * 1024 * 1024, Duration.ofHours(1)));
	}

	@Test
	void tooManyRequestsRoundsTheWaitUpToWholeSeconds() {
		var refused = ProblemException.tooManyRequests("rate-limited", "Slow down.", Duration.ofMillis(1200));

		assertThat(refused.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.properties()).containsEntry("retryAfter", 2L);
		assertThat(ProblemException.tooManyRequests("rate-limited", "Slow down.", Duration.ZERO).properties())
				.containsEntry("retryAfter", 1L);
	}
}
