package app.zetpay.support.identity.web;

import java.time.Duration;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.identity.internal.TokenIssuer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Hands out customer tokens without an identity provider, so the embedded default can be tried
 * with curl or the web page. Never present in the production profile: both the profile and the
 * property must allow it.
 */
@RestController
@Profile("!prod")
@ConditionalOnProperty(name = "support.identity.dev-tokens.enabled", havingValue = "true")
@Tag(name = "Identity")
class DevTokenController {

	private final TokenIssuer tokens;

	DevTokenController(TokenIssuer tokens) {
		this.tokens = tokens;
	}

	record DevTokenRequest(
			@NotBlank @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9._:@-]+",
					message = "may contain only letters, digits and . _ : @ -") String userId,
			@Nullable @Size(max = 120) String name,
			@Nullable @Min(5) @Max(86_400) Integer ttlSeconds) {
	}

	record DevTokenResponse(String token, String tokenType, Instant expiresAt, String userId) {
	}

	@PostMapping("/api/dev/token")
	@Operation(summary = "Embedded default only: a signed customer token for any user id")
	DevTokenResponse issue(@Valid @RequestBody DevTokenRequest request) {
		var name = request.name() == null || request.name().isBlank() ? request.userId() : request.name().strip();
		// A short life lets client developers try reauthentication without waiting for the default.
		var token = request.ttlSeconds() == null ? tokens.forCustomer(request.userId(), name)
				: tokens.forCustomer(request.userId(), name, Duration.ofSeconds(request.ttlSeconds()));
		return new DevTokenResponse(token.value(), "Bearer", token.expiresAt(), request.userId());
	}
}
