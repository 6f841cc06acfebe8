package app.zetpay.support.tickets.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import app.zetpay.support.shared.ProblemException;

class WebhookSignatureTests {

	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	final WebhookSignature signature = new WebhookSignature("s3cret", Duration.ofMinutes(5),
			Clock.fixed(NOW, ZoneOffset.UTC));
	final byte[] body = "{\"eventId\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void acceptsTheRightSignatureWithinTheTolerance() {
		var timestamp = String.valueOf(NOW.minusSeconds(299).getEpochSecond());

		assertThatCode(() -> signature.verify(timestamp, header(timestamp, body), body)).doesNotThrowAnyException();
	}

	@Test
	void refusesATamperedBody() {
		var timestamp = String.valueOf(NOW.getEpochSecond());
		var signed = header(timestamp, body);

		assertThatThrownBy(() -> signature.verify(timestamp, signed, "{\"eventId\":\"e2\"}".getBytes()))
				.isInstanceOf(ProblemException.class).hasMessageContaining("does not match");
	}

	@Test
	void refusesAnOldOrFutureTimestamp() {
		var old = String.valueOf(NOW.minusSeconds(301).getEpochSecond());
		var future = String.valueOf(NOW.plusSeconds(301).getEpochSecond());

		assertThatThrownBy(() -> signature.verify(old, header(old, body), body)).hasMessageContaining("too far");
		assertThatThrownBy(() -> signature.verify(future, header(future, body), body)).hasMessageContaining("too far");
	}

	@Test
	void refusesMissingOrMalformedHeaders() {
		var timestamp = String.valueOf(NOW.getEpochSecond());

		assertThatThrownBy(() -> signature.verify(null, header(timestamp, body), body)).isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> signature.verify(timestamp, null, body)).isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> signature.verify("yesterday", header(timestamp, body), body))
				.hasMessageContaining("Unix seconds");
		assertThatThrownBy(() -> signature.verify(timestamp, "sha256=zz", body)).hasMessageContaining("hexadecimal");
		assertThatThrownBy(() -> signature.verify(timestamp, "md5=abc", body)).isInstanceOf(ProblemException.class);
	}

	@Test
	void aSignatureFromAnotherSecretIsRefused() {
		var timestamp = String.valueOf(NOW.getEpochSecond());
		var other = new WebhookSignature("other", Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

		assertThatThrownBy(() -> signature.verify(timestamp,
				"sha256=" + HexFormat.of().formatHex(other.sign(timestamp, body)), body))
				.hasMessageContaining("does not match");
	}

	private String header(String timestamp, byte[] payload) {
		return "sha256=" + HexFormat.of().formatHex(signature.sign(timestamp, payload));
	}
}
