package app.zetpay.support.identity.web;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.identity.internal.SigningKeys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Publishes the public keys of the tokens we sign, so other services can verify agent tokens. */
@RestController
@Tag(name = "Identity")
class JwksController {

	private final SigningKeys keys;

	JwksController(SigningKeys keys) {
		this.keys = keys;
	}

	@GetMapping("/.well-known/jwks.json")
	@Operation(summary = "Public keys of the tokens this service signs")
	Map<String, Object> jwks() {
		return keys.publicKeys().toJSONObject();
	}
}
