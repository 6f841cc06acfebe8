package app.zetpay.support.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.zetpay.support.SupportApplication;

/**
 * App instances in the production profile on their own ports, sharing PostgreSQL and Redis, as in
 * production: for the tests of what crosses nodes (fan-out, re-checks, limits). Start them in
 * {@code @BeforeAll}, close them in {@code @AfterAll}; the newest closes first.
 */
public final class ProductionNodes implements AutoCloseable {

	/** A node and a client for its API. */
	public record Node(ConfigurableApplicationContext context, Api api) {
	}

	private final List<String> extraArguments;
	private final List<Node> started = new ArrayList<>();

	private ProductionNodes(List<String> extraArguments) {
		this.extraArguments = extraArguments;
	}

	/** Two nodes, each started with these extra {@code --name=value} arguments. */
	public static ProductionNodes two(String... extraArguments) {
		var nodes = new ProductionNodes(List.of(extraArguments));
		nodes.start();
		nodes.start();
		return nodes;
	}

	/** Another node like the others; closed with them. */
	public Node start() {
		// Arguments, not default properties: they must win over application.properties.
		var arguments = Stream.concat(Stream.of("--server.port=0", "--support.admin.email=" + AgentFixtures.ROOT_EMAIL,
				"--support.admin.password=" + AgentFixtures.ROOT_PASSWORD), extraArguments.stream())
				.toArray(String[]::new);
		var context = new SpringApplicationBuilder(SupportApplication.class).profiles("prod").run(arguments);
		var node = new Node(context, Api.forContext(context));
		started.add(node);
		return node;
	}

	public Node a() {
		return started.get(0);
	}

	public Node b() {
		return started.get(1);
	}

	@Override
	public void close() {
		for (var i = started.size() - 1; i >= 0; i--) {
			var context = started.get(i).context();
			if (context.isActive()) {
				context.close();
			}
		}
	}
}
