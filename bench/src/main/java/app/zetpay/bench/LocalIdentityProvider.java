package app.zetpay.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import tools.jackson.databind.json.JsonMapper;

/**
 * The bench's {@link TestIdentityProvider} on its own, for a local cluster ({@code deploy/cluster.sh}):
 * {@code serve} publishes the key's JWKS on loopback until the process is stopped (SIGTERM), and
 * {@code token} prints a customer token signed with the same key, for a person trying the cluster
 * with curl or for the cluster test. Whoever holds the key file can sign in as any customer:
 * a test cluster's provider, never a real one.
 *
 * <pre>
 * java -cp zetpay-support-bench.jar app.zetpay.bench.LocalIdentityProvider serve --key FILE --port 8103
 * java -cp zetpay-support-bench.jar app.zetpay.bench.LocalIdentityProvider token --key FILE USER-ID [NAME]
 * </pre>
 */
public final class LocalIdentityProvider {

	static final String USAGE = """
			Usage: LocalIdentityProvider serve --key FILE --port PORT
			       LocalIdentityProvider token --key FILE USER-ID [NAME]
			The issuer is %s, the audience %s; the keys are served at http://127.0.0.1:PORT/jwks.json.
			""".formatted(TestIdentityProvider.ISSUER, TestIdentityProvider.AUDIENCE);

	private LocalIdentityProvider() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		if (args.length < 3 || !args[1].equals("--key")) {
			usage();
			return;
		}
		var key = Path.of(args[2]);
		var json = JsonMapper.builder().build();
		switch (args[0]) {
			case "serve" -> {
				if (args.length != 5 || !args[3].equals("--port") || !args[4].matches("[0-9]{1,5}")) {
					usage();
					return;
				}
				serve(key, Integer.parseInt(args[4]), json);
			}
			case "token" -> {
				if (args.length < 4 || args.length > 5) {
					usage();
					return;
				}
				System.out.println(token(key, args[3], args.length == 5 ? args[4] : args[3], json));
			}
			default -> usage();
		}
	}

	/** A customer token signed with the key in {@code keyFile} (created if missing). */
	static String token(Path keyFile, String userId, String name, JsonMapper json) throws IOException {
		// Port 0: the provider's key server must listen somewhere; nobody asks this one.
		try (var provider = TestIdentityProvider.start(keyFile, 0, json)) {
			return provider.customerToken(userId, name);
		}
	}

	private static void serve(Path key, int port, JsonMapper json) throws IOException, InterruptedException {
		var provider = TestIdentityProvider.start(key, port, json);
		var stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			provider.close();
			stopped.countDown();
		}));
		System.out.printf("Test identity provider: issuer %s, audience %s, keys at %s%n", TestIdentityProvider.ISSUER,
				TestIdentityProvider.AUDIENCE, TestIdentityProvider.jwkSetUri(port));
		stopped.await();
	}

	private static void usage() {
		System.err.print(USAGE);
		System.exit(2);
	}
}
