package app.zetpay.support.tickets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import app.zetpay.support.shared.ProblemException;

/**
 * Where the payments webhook's secret comes from: configured, else (embedded default) generated on
 * the first start, logged once and kept for the next starts; with neither, the webhook is closed.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebhookSecretTests {

	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
	final byte[] body = "{\"eventId\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void aConfiguredSecretIsUsedAndNoneIsGenerated(@TempDir Path directory) {
		var file = directory.resolve("data/payments-webhook-secret");

		assertThat(secret("configured-secret", file.toString()).value()).contains("configured-secret");
		assertThat(file).doesNotExist();
	}

	@Test
	void withoutOneTheFirstStartGeneratesOneLogsItOnceAndTheNextStartKeepsIt(@TempDir Path directory,
			CapturedOutput output) throws IOException {
		var file = directory.resolve("data/payments-webhook-secret");

		var first = secret(null, file.toString()).value().orElseThrow();
		var afterRestart = secret("", file.toString()).value().orElseThrow();

		assertThat(first).matches("[0-9a-f]{64}");
		assertThat(afterRestart).isEqualTo(first);
		assertThat(Files.readString(file).strip()).isEqualTo(first);
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(output.getAll()).contains("Generated a development secret for the payments webhook: '" + first + "'")
			.contains("uses the development secret kept in " + file);
		assertThat(output.getAll().split(first, -1)).as("times the secret was logged").hasSize(2);
	}

	@Test
	void theWebhookAcceptsEventsSignedWithTheGeneratedSecret(@TempDir Path directory) throws IOException {
		var file = directory.resolve("payments-webhook-secret");
		var webhooks = webhooks(null, file.toString());
		var timestamp = String.valueOf(NOW.getEpochSecond());
		var signedWithTheFile = new WebhookSignature(Files.readString(file).strip(), Duration.ofMinutes(5), clock())
			.sign(timestamp, body);

		assertThatCode(() -> webhooks.verify(timestamp, "sha256=" + HexFormat.of().formatHex(signedWithTheFile), body))
			.doesNotThrowAnyException();
	}

	@Test
	void withNeitherASecretNorAFileToKeepOneTheWebhookIsClosed() {
		var timestamp = String.valueOf(NOW.getEpochSecond());

		assertThatThrownBy(() -> webhooks(null, "").verify(timestamp, "sha256=00", body))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.status().value()).isEqualTo(503);
				assertThat(problem.code()).isEqualTo("webhook-not-configured");
			});
	}

	private static WebhookSecret secret(@Nullable String configured, String generatedSecretFile) {
		return new WebhookSecret(properties(configured, generatedSecretFile));
	}

	private static PaymentWebhooks webhooks(@Nullable String configured, String generatedSecretFile) {
		var properties = properties(configured, generatedSecretFile);
		return new PaymentWebhooks(new WebhookSecret(properties), properties, clock());
	}

	/** As Spring binds them from application.properties and the environment. */
	private static TicketsProperties properties(@Nullable String configured, String generatedSecretFile) {
		var values = new HashMap<String, String>();
		if (configured != null) {
			values.put("support.tickets.payments.webhook-secret", configured);
		}
		values.put("support.tickets.payments.generated-secret-file", generatedSecretFile);
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("support.tickets",
				Bindable.of(TicketsProperties.class));
	}

	private static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}
}
