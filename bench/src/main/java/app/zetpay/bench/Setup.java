package app.zetpay.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import tools.jackson.databind.json.JsonMapper;

/**
 * Everything before the first message: the bench's agents (created by the admin, each signed in
 * once with its own password, so sign-in throttling never sees a failure), one socket per agent,
 * and per conversation a customer token, a chat opened straight with its agent and the customer's
 * socket. Runs in parallel but bounded, and none of it counts toward the measured window.
 */
final class Setup {

	private static final String TEAM = "payments";
	private static final long STEP_TIMEOUT_MINUTES = 30;

	private final Options options;
	private final Api api;
	private final TokenSource customerTokens;
	private final List<HttpClient> socketClients;
	private final JsonMapper json;
	private final Ledger ledger;
	// What clean-up must undo, recorded as it is created so a half-finished setup is undone too.
	private final Queue<String> createdAgents = new ConcurrentLinkedQueue<>();
	private final Queue<OpenChat> openedChats = new ConcurrentLinkedQueue<>();
	private final Queue<ChatSocket> openedSockets = new ConcurrentLinkedQueue<>();
	private volatile String adminToken;

	private record OpenChat(String customerToken, String chatId) {
	}

	Setup(Options options, Api api, TokenSource customerTokens, List<HttpClient> socketClients, JsonMapper json,
			Ledger ledger) {
		this.options = options;
		this.api = api;
		this.customerTokens = customerTokens;
		this.socketClients = socketClients;
		this.json = json;
		this.ledger = ledger;
	}

	/** Where customer tokens come from: the dev endpoint, or the bench's test identity provider. */
	interface TokenSource {

		String customerToken(String userId, String name);
	}

	record Agent(int index, String id, String email, ChatSocket socket) {
	}

	/** What a run works with. */
	record Fleet(String adminToken, List<Agent> agents, List<Conversation> conversations) {

		List<ChatSocket> sockets() {
			var sockets = new ArrayList<ChatSocket>();
			agents.forEach(a -> sockets.add(a.socket()));
			conversations.forEach(c -> sockets.add(c.customer()));
			return sockets;
		}
	}

	Fleet run() {
		var admin = api.login(options.adminEmail(), options.adminPassword());
		adminToken = admin.token();
		var agents = parallel("agents", 0, options.agents(), i -> agent(admin.token(), i));
		IntFunction<Conversation> open = i -> {
			var userId = "bench-" + options.runId() + "-c" + i;
			var token = customerTokens.customerToken(userId, "Bench Customer " + i);
			var agent = agents.get(i / options.conversationsPerAgent());
			var chat = api.initiate(token, agent.id());
			openedChats.add(new OpenChat(token, chat.id()));
			if (!"ASSIGNED".equals(chat.status()) || !agent.id().equals(chat.assignedAgentId())
					|| chat.lastSeq() != 0) {
				throw new IllegalStateException("Chat " + chat.id() + " of " + userId + " is " + chat.status()
						+ " with agent " + chat.assignedAgentId() + " and " + chat.lastSeq()
						+ " messages; expected a fresh chat assigned to " + agent.id());
			}
			var socket = socket(token, "customer " + i);
			return new Conversation(i, chat.id(), socket, agent.socket());
		};
		// The first chat alone: the server then fetches an identity provider's keys once, not 32 times at once.
		var conversations = new ArrayList<Conversation>(options.conversations());
		conversations.add(open.apply(0));
		conversations.addAll(parallel("conversations", 1, options.conversations(), open));
		return new Fleet(admin.token(), agents, List.copyOf(conversations));
	}

	/**
	 * Closes every socket this setup opened and, unless {@code --no-cleanup}, ends the chats (agents
	 * keep no load) and disables the bench agents (they are never routed real chats). Best effort:
	 * a failure is reported and the rest goes on.
	 */
	void tearDown() {
		openedSockets.stream().map(ChatSocket::close).toList().forEach(CompletableFuture::join);
		if (!options.cleanup()) {
			return;
		}
		var failures = new AtomicInteger();
		var chats = List.copyOf(openedChats);
		var agents = List.copyOf(createdAgents);
		bestEffort(chats.size(), i -> api.closeChat(chats.get(i).customerToken(), chats.get(i).chatId()), failures);
		if (adminToken != null) {
			bestEffort(agents.size(), i -> api.disableAgent(adminToken, agents.get(i)), failures);
		}
		System.out.printf("Clean-up: closed %d chats, disabled %d agents%s%n", chats.size(), agents.size(),
				failures.get() == 0 ? "" : " (" + failures.get() + " calls failed)");
	}

	private void bestEffort(int count, IntConsumer step, AtomicInteger failures) {
		var permits = new Semaphore(options.setupParallelism());
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < count; i++) {
				int index = i;
				executor.submit(() -> {
					permits.acquireUninterruptibly();
					try {
						step.accept(index);
					}
					catch (RuntimeException e) {
						if (failures.getAndIncrement() == 0) {
							System.out.println("Clean-up call failed: " + e.getMessage());
						}
					}
					finally {
						permits.release();
					}
				});
			}
		}
	}

	private Agent agent(String adminToken, int i) {
		var email = "bench-" + options.runId() + "-a" + i + "@bench.zetpay.test";
		var password = password();
		var id = api.createAgent(adminToken, email, "Bench Agent " + i, password, TEAM,
				Math.min(50, options.conversationsPerAgent()));
		createdAgents.add(id);
		var signedIn = api.login(email, password);
		return new Agent(i, id, email, socket(options.agentSocketUri(), signedIn.token(), "agent " + i));
	}

	private ChatSocket socket(String token, String label) {
		return socket(options.socketUri(), token, label);
	}

	private ChatSocket socket(URI node, String token, String label) {
		var client = socketClients.get(Math.floorMod(label.hashCode(), socketClients.size()));
		try {
			var socket = ChatSocket.open(client, node, token, label, json, ledger).join();
			openedSockets.add(socket);
			return socket;
		}
		catch (CompletionException e) {
			throw new IllegalStateException(label + ": socket did not authenticate: " + e.getCause(), e.getCause());
		}
	}

	/**
	 * Runs {@code step(from … count-1)} with at most {@code setup-parallelism} at once and returns the
	 * results in that order; fails on the first failure.
	 */
	private <T> List<T> parallel(String what, int from, int count, IntFunction<T> step) {
		var permits = new Semaphore(options.setupParallelism());
		var done = new AtomicInteger();
		var started = System.nanoTime();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			var futures = new ArrayList<Future<T>>(count);
			done.set(from);
			for (int i = from; i < count; i++) {
				int index = i;
				futures.add(executor.submit(() -> {
					permits.acquire();
					try {
						var result = step.apply(index);
						progress(what, done.incrementAndGet(), count);
						return result;
					}
					finally {
						permits.release();
					}
				}));
			}
			var results = new ArrayList<T>(count);
			for (var future : futures) {
				results.add(await(future, futures));
			}
			System.out.printf("  %d %s ready in %.1f s%n", count, what, (System.nanoTime() - started) / 1e9);
			return results;
		}
	}

	private static <T> T await(Future<T> future, List<? extends Future<?>> all) {
		try {
			return future.get(STEP_TIMEOUT_MINUTES, TimeUnit.MINUTES);
		}
		catch (ExecutionException | TimeoutException e) {
			all.forEach(f -> f.cancel(true));
			var cause = e instanceof ExecutionException ? e.getCause() : e;
			throw new IllegalStateException("Setup failed: " + cause.getMessage(), cause);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	private static void progress(String what, int done, int count) {
		if (count >= 1000 && done % (count / 10) == 0 && done < count) {
			System.out.printf("  %s: %d/%d%n", what, done, count);
		}
	}

	private static String password() {
		var bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
