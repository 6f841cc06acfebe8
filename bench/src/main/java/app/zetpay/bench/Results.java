package app.zetpay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * One run's outcome, in the shape written to JSON, plus its human summary and the Markdown table
 * row for {@code docs/benchmarks.md}.
 */
record Results(String date, String label, String runId, Load load, Throughput throughput,
		Latencies.Summary deliveryLatencyMs, Latencies.Summary ackLatencyMs, Checks checks, ServerProbe.Usage usage,
		List<String> problemExamples, boolean passed) {

	record Load(int conversations, int agents, int messagesPerConversation, int warmupPerConversation,
			String senders, int window, double targetRate, String senderLimit, int textLength) {
	}

	/** Rates over the measured window: first measured send to the last ack (persisted) and delivery. */
	record Throughput(long sent, long persisted, long delivered, double persistedPerSecond,
			double deliveredPerSecond, double windowSeconds, long heldBySenderLimit, String stop) {
	}

	/** All but the system messages and echoes must be 0 (and the run complete) for the bench to pass. */
	record Checks(long lost, long duplicated, long outOfOrder, long unacked, long failed, long missingSeqs,
			long errorFrames, Map<String, Long> errorCodes, long sendFailures, long socketsDropped, long replayedAcks,
			long misrouted, long unexpectedFrames, long systemMessages, long notSent, long echoes) {
	}

	static Results of(Options options, Driver.Run run, Ledger.Tally tally, ServerProbe.Usage usage) {
		var load = new Load(options.conversations(), options.agents(), options.messages(), options.warmup(),
				options.senders().name().toLowerCase(Locale.ROOT), options.window(), options.rate(),
				options.senderLimitText(), options.textLength());
		var throughput = new Throughput(tally.sent(), tally.acked(), tally.delivered(), tally.persistedPerSecond(),
				tally.deliveredPerSecond(), Driver.elapsed(run).toMillis() / 1e3, run.heldBySenderLimit(), run.stop());
		long notSent = run.expected() - run.sent();
		var checks = new Checks(tally.lost(), tally.duplicates(), tally.outOfOrder(), tally.unacked(), tally.failed(),
				tally.missingSeqs(), tally.errorFrames(), tally.errorCodes(), tally.sendFailures(),
				tally.socketsDropped(),
				tally.replayed(), tally.misrouted(), tally.unknown(), tally.systemMessages(), notSent, tally.echoes());
		var examples = new ArrayList<>(tally.examples());
		if (tally.moreProblems() > 0) {
			examples.add("… and " + tally.moreProblems() + " more");
		}
		examples.addAll(tally.lostExamples());
		boolean passed = tally.violations() == 0 && notSent == 0 && run.completed();
		return new Results(LocalDate.now().toString(), options.label(), options.runId(), load, throughput,
				tally.deliveryLatency(), tally.ackLatency(), checks, usage, List.copyOf(examples), passed);
	}

	void print() {
		var t = throughput;
		var d = deliveryLatencyMs;
		var a = ackLatencyMs;
		var c = checks;
		System.out.printf(Locale.ROOT, """

				Measured window: %.1f s (%s)
				  sent %d, persisted (acked) %d = %.0f msg/s, delivered %d = %.0f msg/s
				  delivery latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f  mean %.1f
				  ack latency ms:      p50 %.1f  p95 %.1f  p99 %.1f  max %.1f
				Checks (all must be 0): lost %d, duplicated %d, out-of-order %d, unacked %d, failed %d, \
				missing seqs %d, error frames %d, send failures %d, sockets dropped %d, replayed acks %d, \
				misrouted %d, unexpected frames %d, not sent %d
				  (for information: system messages %d, own messages echoed back to their sender %d)
				Server: %.1f CPU s = %.2f cores busy (%s), peak RSS %s, peak JVM memory used %.0f MB; \
				bench itself: %.2f cores, paused for its own garbage collection %d times, %d ms in all, \
				longest %d ms
				""", t.windowSeconds(), t.stop(), t.sent(), t.persisted(), t.persistedPerSecond(), t.delivered(),
				t.deliveredPerSecond(), d.p50(), d.p95(), d.p99(), d.max(), d.mean(), a.p50(), a.p95(), a.p99(),
				a.max(),
				c.lost(), c.duplicated(), c.outOfOrder(), c.unacked(), c.failed(), c.missingSeqs(), c.errorFrames(),
				c.sendFailures(), c.socketsDropped(), c.replayedAcks(), c.misrouted(), c.unexpectedFrames(),
				c.notSent(), c.systemMessages(), c.echoes(), usage.serverCpuSeconds(), usage.serverCpuCores(),
				usage.source(),
				usage.peakRssBytes() == 0 ? "n/a (pass --server-pid)" : mb(usage.peakRssBytes()) + " MB",
				usage.peakJvmMemoryBytes() / 1e6, usage.benchCpuCores(), usage.benchPauses().count(),
				usage.benchPauses().totalMs(), usage.benchPauses().maxMs());
		if (!usage.serverThreads().isEmpty()) {
			System.out.println("  server CPU by thread, cores: " + ServerThreads.describe(usage.serverThreads(), 6));
		}
		if (t.persisted() > 0) {
			var compilers = ServerThreads.secondsOf(usage.serverThreads(), ServerThreads.COMPILERS);
			System.out.printf(Locale.ROOT, "  server CPU per 1,000 messages persisted: %.3f s%s%n",
					usage.serverCpuSeconds() * 1000 / t.persisted(), usage.serverThreads().isEmpty() ? ""
							: String.format(Locale.ROOT, ", %.3f s without the JIT compilers' (a young server's "
									+ "compiling; a longer --warmup-seconds measures past it)",
									(usage.serverCpuSeconds() - compilers) * 1000 / t.persisted()));
		}
		System.out.println("  delivery p99 ms, second by second of sending: " + d.p99PerSecond().stream()
				.map(v -> String.format(Locale.ROOT, "%.0f", v)).collect(java.util.stream.Collectors.joining(" ")));
		if (t.heldBySenderLimit() > 0) {
			System.out.printf("Note: the sender limit (%s) held messages back %d times, so these rates are the "
					+ "bench's, not the server's limit; for peak throughput raise support.chat.send-limit.messages "
					+ "on the server and pass --sender-limit off.%n", load.senderLimit(), t.heldBySenderLimit());
		}
		if (usage.benchPauses().maxMs() >= OwnPauses.NOTICEABLE_MS && !OwnPauses.heapPreTouched()) {
			System.out.printf("Note: the bench itself paused up to %d ms for garbage collection, and its pauses count "
					+ "as latency. Run it with -Xms1g -Xmx1g -XX:+AlwaysPreTouch (bench/README.md, \"The bench's own "
					+ "pauses\").%n", usage.benchPauses().maxMs());
		}
		if (!c.errorCodes().isEmpty()) {
			System.out.println("Error frames by code: " + c.errorCodes());
		}
		if (c.errorCodes().containsKey("rate-limited")) {
			System.out.println("Hint: the server's per-sender limit refused messages. Keep --sender-limit at the "
					+ "server's support.chat.send-limit (30/10s by default), or raise that on the server.");
		}
		if (!problemExamples.isEmpty()) {
			System.out.println("First problems:");
			problemExamples.forEach(p -> System.out.println("  " + p));
		}
		System.out.println();
		System.out.println(markdownHeader());
		System.out.println(markdownRow());
		System.out.println();
		System.out.println(passed ? "PASS" : "FAIL");
	}

	static String markdownHeader() {
		return """
				| date | setup | chats | agents | msgs/chat | senders | window | target msg/s | persisted msg/s \
				| delivered msg/s | p50 ms | p95 ms | p99 ms | max ms | lost | dup | out-of-order | server CPU cores \
				| server RSS MB |
				|---|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|""";
	}

	String markdownRow() {
		var d = deliveryLatencyMs;
		return String.format(Locale.ROOT,
				"| %s | %s | %d | %d | %d | %s | %d | %s | %.0f | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %d | %d "
						+ "| %.2f | %s |",
				date, label, load.conversations(), load.agents(), load.messagesPerConversation(), load.senders(),
				load.window(), load.targetRate() == 0 ? "max" : String.format(Locale.ROOT, "%.0f", load.targetRate()),
				throughput.persistedPerSecond(), throughput.deliveredPerSecond(), d.p50(), d.p95(), d.p99(), d.max(),
				checks.lost(), checks.duplicated(), checks.outOfOrder(), usage.serverCpuCores(),
				usage.peakRssBytes() == 0 ? "n/a" : Long.toString(mb(usage.peakRssBytes())));
	}

	void write(Path file, JsonMapper json) throws IOException {
		var parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(this));
	}

	private static long mb(long bytes) {
		return Math.round(bytes / 1_048_576.0);
	}
}
