package app.zetpay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The server's CPU by thread over the measured window, from {@code /proc/<pid>/task}. A fresh JVM's
 * compilers keep working for a minute or two under load, and on a small machine that was up to a
 * third of a run's server CPU (issue 18: 0.155 of 0.53 cores 20 s into a run, 0.013–0.03 after 90 s):
 * a one-off cost of starting that reads as cost per message unless it is shown apart.
 */
final class ServerThreads {

	static final String COMPILERS = "JIT compilers";
	static final String COLLECTOR = "garbage collector";
	static final String CARRIERS = "virtual-thread carriers";
	/** CPU of threads that ended inside the window: the process total counts it, no live thread does. */
	static final String ENDED = "threads that ended";

	/** Clock ticks of one thread so far, under its (kernel-truncated, 15-character) name. */
	record Ticks(String name, long ticks) {

		/** From a {@code stat} file of a process or thread: its name and its user plus system time. */
		static Ticks of(String stat) {
			var name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
			// Fields after the parenthesised name; utime and stime are the 14th and 15th.
			var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return new Ticks(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
		}
	}

	/** One group's CPU over the window, in seconds and in cores (1.0 = one core busy throughout). */
	record Share(String group, double cpuSeconds, double cores) {
	}

	private ServerThreads() {
	}

	/** Every live thread of the process whose task directory this is; none if it cannot be read. */
	static Map<String, Ticks> read(Path taskDirectory) {
		var threads = new HashMap<String, Ticks>();
		try (var tasks = Files.list(taskDirectory)) {
			for (var task : tasks.toList()) {
				try {
					threads.put(task.getFileName().toString(), Ticks.of(Files.readString(task.resolve("stat"))));
				}
				catch (IOException | RuntimeException e) {
					// The thread ended between listing and reading: its time shows under ENDED.
				}
			}
		}
		catch (IOException e) {
			return Map.of();
		}
		return threads;
	}

	/**
	 * Each group's cores between two readings, largest first. Threads started in the window count from
	 * zero; what the process used beyond its live threads (those that ended) is a group of its own.
	 */
	static List<Share> between(Map<String, Ticks> before, Map<String, Ticks> after, double processCpuSeconds,
			double ticksPerSecond, double seconds) {
		if (seconds <= 0 || after.isEmpty()) {
			return List.of();
		}
		var byGroup = new HashMap<String, Double>();
		double attributed = 0;
		for (var entry : after.entrySet()) {
			var earlier = before.get(entry.getKey());
			var used = (entry.getValue().ticks() - (earlier == null ? 0 : earlier.ticks())) / ticksPerSecond;
			if (used > 0) {
				byGroup.merge(group(entry.getValue().name()), used, Double::sum);
				attributed += used;
			}
		}
		// A tick's rounding per thread can make the sum pass the process total; below 2 ticks is noise.
		if (processCpuSeconds - attributed >= 2 / ticksPerSecond) {
			byGroup.put(ENDED, processCpuSeconds - attributed);
		}
		var shares = new ArrayList<Share>();
		byGroup.forEach((group, cpu) -> shares.add(new Share(group, cpu, cpu / seconds)));
		shares.sort(Comparator.comparingDouble(Share::cores).reversed().thenComparing(Share::group));
		return shares;
	}

	/** Thread pools' numbers dropped, so a pool's threads add up; the JVM's own threads by role. */
	static String group(String threadName) {
		if (threadName.contains("CompilerThre")) {
			return COMPILERS;
		}
		if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.startsWith("ZGC")
				|| threadName.startsWith("VM Thread")) {
			return COLLECTOR;
		}
		if (threadName.startsWith("ForkJoinPool-")) {
			return CARRIERS;
		}
		return threadName.replaceAll("\\d+", "#");
	}

	/** The group's CPU seconds in the window (0 when it used none). */
	static double secondsOf(List<Share> shares, String group) {
		return shares.stream().filter(s -> s.group().equals(group)).mapToDouble(Share::cpuSeconds).sum();
	}

	/** "chat-writer-# 0.149, virtual-thread carriers 0.127, …", the smallest folded into "other". */
	static String describe(List<Share> shares, int shown) {
		var parts = shares.stream().limit(shown)
				.map(s -> String.format(Locale.ROOT, "%s %.3f", s.group(), s.cores()))
				.collect(Collectors.toCollection(ArrayList::new));
		var rest = shares.stream().skip(shown).mapToDouble(Share::cores).sum();
		if (rest > 0) {
			parts.add(String.format(Locale.ROOT, "other %.3f", rest));
		}
		return String.join(", ", parts);
	}
}
