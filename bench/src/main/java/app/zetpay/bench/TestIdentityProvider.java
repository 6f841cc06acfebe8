package app.zetpay.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the app's identity provider (Firebase Auth in production), for benchmarking the
 * production profile, which has no dev token endpoint. It signs customer tokens with its own RSA
 * key and publishes the public half at {@code http://127.0.0.1:<port>/jwks.json}; the server
 * accepts them only if it was started with this provider configured as one of its
 * {@code support.identity.issuers} (see the bench README), exactly as it would accept Firebase's.
 * Whoever holds the key file can sign in as any customer, so configure it on a bench server only.
 * <p>
 * The key is kept in a file (owner-only) so the server's cached JWKS stays valid across runs.
 */
final class TestIdentityProvider implements Setup.TokenSource, AutoCloseable {

	static final String ISSUER = "zetpay-support-bench-idp";
	static final String AUDIENCE = "zetpay-support-bench";
	private static final Duration TOKEN_TTL = Duration.ofHours(2);
	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final RSAPrivateCrtKey key;
	private final String keyId;
	private final JsonMapper json;
	private final HttpServer server;

	private TestIdentityProvider(RSAPrivateCrtKey key, JsonMapper json, HttpServer server) {
		this.key = key;
		this.json = json;
		this.server = server;
		this.keyId = BASE64URL.encodeToString(sha256(key.getModulus().toByteArray())).substring(0, 16);
	}

	/** Loads (or creates) the key and serves its JWKS on loopback until closed. */
	static TestIdentityProvider start(Path keyFile, int port, JsonMapper json) throws IOException {
		var key = loadOrCreate(keyFile);
		var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
		var provider = new TestIdentityProvider(key, json, server);
		var jwks = json.writeValueAsBytes(Map.of("keys", List.of(provider.jwk())));
		server.createContext("/jwks.json", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, jwks.length);
			try (var body = exchange.getResponseBody()) {
				body.write(jwks);
			}
		});
		// Every node of the server may fetch the keys at once; the default executor serves one at a time.
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
		return provider;
	}

	static String jwkSetUri(int port) {
		return "http://127.0.0.1:" + port + "/jwks.json";
	}

	@Override
	public String customerToken(String userId, String name) {
		var now = Instant.now();
		var header = new LinkedHashMap<String, Object>();
		header.put("alg", "RS256");
		header.put("typ", "JWT");
		header.put("kid", keyId);
		var claims = new LinkedHashMap<String, Object>();
		claims.put("iss", ISSUER);
		claims.put("aud", AUDIENCE);
		claims.put("sub", userId);
		claims.put("name", name);
		claims.put("iat", now.getEpochSecond());
		claims.put("exp", now.plus(TOKEN_TTL).getEpochSecond());
		var signingInput = BASE64URL.encodeToString(json.writeValueAsBytes(header)) + "."
				+ BASE64URL.encodeToString(json.writeValueAsBytes(claims));
		try {
			var signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(key);
			signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + BASE64URL.encodeToString(signature.sign());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot sign a token", e);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private Map<String, String> jwk() {
		return Map.of("kty", "RSA", "alg", "RS256", "use", "sig", "kid", keyId,
				"n", BASE64URL.encodeToString(unsigned(key.getModulus().toByteArray())),
				"e", BASE64URL.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
	}

	private static RSAPrivateCrtKey loadOrCreate(Path file) throws IOException {
		try {
			if (!Files.exists(file)) {
				var generator = KeyPairGenerator.getInstance("RSA");
				generator.initialize(2048);
				var parent = file.toAbsolutePath().getParent();
				if (parent != null) {
					Files.createDirectories(parent);
				}
				var ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
				Files.createFile(file, ownerOnly);
				Files.write(file, generator.generateKeyPair().getPrivate().getEncoded());
			}
			var spec = new PKCS8EncodedKeySpec(Files.readAllBytes(file));
			return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(spec);
		}
		catch (GeneralSecurityException e) {
			throw new IOException("Not an RSA private key in PKCS#8 form: " + file, e);
		}
	}

	/** JWK numbers are unsigned big-endian; BigInteger adds a leading zero byte for the sign. */
	private static byte[] unsigned(byte[] bytes) {
		return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
