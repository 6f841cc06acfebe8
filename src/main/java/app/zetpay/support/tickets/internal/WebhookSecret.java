package app.zetpay.support.tickets.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import app.zetpay.support.shared.LocalSecretFile;

/**
 * The secret shared with the payments system: its webhooks are checked with it and ticket
 * notifications are signed with it. It is configured ({@code SUPPORT_PAYMENTS_WEBHOOK_SECRET});
 * when it is not, the embedded default makes one up on its first start, logs it once and keeps it
 * in {@code support.tickets.payments.generated-secret-file}, so the webhook works from the first
 * start and the next starts use the same secret. The production profile names no file, so there
 * the webhook stays closed until a secret is configured.
 */
@Component
class WebhookSecret {

	private static final Logger log = LoggerFactory.getLogger(WebhookSecret.class);

	private final @Nullable String value;

	WebhookSecret(TicketsProperties properties) {
		var configured = properties.payments().webhookSecret();
		var generatedSecretFile = properties.payments().generatedSecretFile();
		if (configured != null && !configured.isBlank()) {
			this.value = configured;
		}
		else if (generatedSecretFile != null && !generatedSecretFile.isBlank()) {
			this.value = generated(new LocalSecretFile(Path.of(generatedSecretFile)));
		}
		else {
			this.value = null;
		}
	}

	Optional<String> value() {
		return Optional.ofNullable(value);
	}

	private static String generated(LocalSecretFile file) {
		var kept = file.readOrCreate(WebhookSecret::random);
		if (kept.created()) {
			log.warn("Generated a development secret for the payments webhook: '{}'. It is kept in {} for the next "
					+ "starts; set SUPPORT_PAYMENTS_WEBHOOK_SECRET to use your own.", kept.secret(), file.path());
		}
		else {
			log.info("The payments webhook uses the development secret kept in {}", file.path());
		}
		return kept.secret();
	}

	private static String random() {
		var bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}
}
