package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

@IntegrationTest
class ObservabilityTests {

	@Autowired
	Api api;

	@Test
	void healthIsPublicAndUp() {
		var health = api.get("/actuator/health", null);

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body().get("status").asString()).isEqualTo("UP");
		assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
		assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
	}

	@Test
	void readinessDetailsShowTheDatabaseToAdmins() {
		var admin = adminToken();

		var readiness = api.get("/actuator/health/readiness", admin);

		assertThat(readiness.body().get("components").get("db").get("status").asString()).isEqualTo("UP");
		assertThat(api.get("/actuator/health/readiness", null).body().has("components")).isFalse();
	}

	@Test
	void healthSaysWhatIsStillWarmingUpAndReadinessTakesItIn() {
		var admin = adminToken();

		var startup = api.get("/actuator/health/readiness", admin).body().path("components").path("support")
			.path("components").path("startup");

		assertThat(startup.path("status").asString()).isEqualTo("UP");
		// Tests start once search is warm (TestSupportConfiguration), as a service is seconds after its start.
		assertThat(startup.path("details").path("helpIndex").path("state").asString()).isEqualTo("READY");
		assertThat(startup.path("details").path("embeddingModel").path("state").asString()).isEqualTo("READY");
		assertThat(startup.path("details").path("botModel").path("state").asString()).isNotBlank();
		assertThat(startup.path("details").path("warmingUp").isArray()).isTrue();
	}

	@Test
	void prometheusScrapeHasJvmAndHttpMetrics() {
		api.get("/actuator/health", null);

		var scrape = api.get("/actuator/prometheus", null, "text/plain").raw().body();

		assertThat(scrape).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds");
	}

	@Test
	void prometheusScrapeFromAnotherMachineNeedsAnAdmin() throws Exception {
		var outside = nonLoopbackAddress();
		assumeThat(outside).as("a non-loopback address of this machine").isPresent();
		var scrape = URI.create("http://" + outside.get().getHostAddress() + ":" + api.uri("/").getPort()
				+ "/actuator/prometheus");

		var anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(scrape).build(),
				HttpResponse.BodyHandlers.ofString());
		var admin = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(scrape).header("Authorization", "Bearer " + adminToken()).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).doesNotContain("jvm_memory_used_bytes");
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void everyAnswerCarriesAContentSecurityPolicyBesideTheUsualHeaders() {
		for (var response : List.of(api.get("/swagger-ui/index.html", null, "text/html"),
				api.get("/api/support/faqs?query=card", null), api.get("/api/me", null))) {
			assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'")
				.contains("script-src 'self'").contains("frame-ancestors 'none'");
			assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		}
	}

	@Test
	void otherActuatorEndpointsNeedAnAdmin() {
		assertThat(api.get("/actuator/metrics", null).status()).isEqualTo(401);
		assertThat(api.get("/actuator/metrics", api.customerToken("nosy", "Nosy")).status()).isEqualTo(403);
		assertThat(api.get("/actuator/metrics", adminToken()).status()).isEqualTo(200);
	}

	@Test
	void openApiDocumentDescribesTheApi() {
		var document = api.get("/v3/api-docs", null);

		assertThat(document.status()).isEqualTo(200);
		assertThat(document.body().get("paths").has("/api/auth/login")).isTrue();
		assertThat(document.body().get("paths").has("/api/admin/agents")).isTrue();
		assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
	}

	@Test
	void publishesTheKeysItSignsWith() {
		var jwks = api.get("/.well-known/jwks.json", null);

		assertThat(jwks.body().get("keys").get(0).get("kty").asString()).isEqualTo("RSA");
		assertThat(jwks.body().get("keys").get(0).has("d")).as("no private part").isFalse();
	}

	private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
		return NetworkInterface.networkInterfaces()
			.filter(network -> {
				try {
					return network.isUp() && !network.isLoopback();
				}
				catch (SocketException e) {
					return false;
				}
			})
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.findFirst();
	}

	private String adminToken() {
		var response = api.post("/api/auth/login", null,
				Map.of("email", "root@zetpay.test", "password", "root-admin-password"));
		return response.body().get("token").asString();
	}
}
