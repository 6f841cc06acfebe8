package app.zetpay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAccumulator;

/**
 * The server's CPU and memory over the measured window. CPU time comes from {@code /proc/<pid>/stat}
 * when the bench is given the server's pid, else from the actuator's {@code process.cpu.time}; RSS
 * only from {@code /proc/<pid>/status} (the actuator has no RSS), JVM memory from the actuator. A
 * sampler reads once a second for the peaks; the bench's own CPU is measured too, because on a
 * small machine the two compete for the same cores. With the pid, the server's CPU is also split by
 * thread ({@link ServerThreads}), so a young JVM's compiling shows apart from the cost per message.
 */
final class ServerProbe {

	/** Linux reports utime and stime in clock ticks of 1/100 s on every mainstream architecture. */
	private static final double TICKS_PER_SECOND = 100;

	private final Api api;
	private final String adminToken;
	private final long pid;
	private final AtomicLong peakRss = new AtomicLong();
	private final DoubleAccumulator peakJvmMemory = new DoubleAccumulator(Math::max, 0);
	private volatile boolean sampling;
	private Thread sampler;
	private double cpuAtStart;
	private long benchCpuAtStart;
	private long startedAt;
	private Map<String, ServerThreads.Ticks> threadsAtStart = Map.of();
	private final OwnPauses ownPauses = new OwnPauses();

	ServerProbe(Api api, String adminToken, long pid) {
		this.api = api;
		this.adminToken = adminToken;
		this.pid = pid;
	}

	/**
	 * @param serverCpuSeconds CPU the server used in the window (all cores together)
	 * @param serverCpuCores that divided by the window: 1.0 is one core busy throughout
	 * @param peakRssBytes highest RSS seen (0 without a pid)
	 * @param peakJvmMemoryBytes highest {@code jvm.memory.used} seen (heap and non-heap)
	 * @param benchCpuCores the bench's own CPU over the window, in cores
	 * @param benchPauses the bench's own garbage-collection pauses in the window
	 * @param source where the CPU figure came from
	 * @param serverThreads the server's CPU by thread group, largest first (empty without a pid)
	 */
	record Usage(double serverCpuSeconds, double serverCpuCores, long peakRssBytes, double peakJvmMemoryBytes,
			double benchCpuCores, OwnPauses.Summary benchPauses, String source, List<ServerThreads.Share> serverThreads) {
	}

	void start() {
		startedAt = System.nanoTime();
		cpuAtStart = cpuSeconds();
		threadsAtStart = threads();
		benchCpuAtStart = benchCpuNanos();
		ownPauses.start();
		sampling = true;
		sampler = Thread.ofVirtual().name("server-probe").start(() -> {
			while (sampling) {
				sample();
				sleep(1000);
			}
		});
	}

	Usage stop() {
		sampling = false;
		sampler.interrupt();
		sample();
		double wall = (System.nanoTime() - startedAt) / 1e9;
		var threadsAtEnd = threads();
		double cpu = cpuSeconds() - cpuAtStart;
		double benchCpu = (benchCpuNanos() - benchCpuAtStart) / 1e9;
		return new Usage(cpu, wall <= 0 ? 0 : cpu / wall, peakRss.get(), peakJvmMemory.get(),
				wall <= 0 ? 0 : benchCpu / wall, ownPauses.stop(), pid > 0 ? "/proc/" + pid : "actuator",
				ServerThreads.between(threadsAtStart, threadsAtEnd, cpu, TICKS_PER_SECOND, wall));
	}

	private void sample() {
		rss().ifPresent(bytes -> peakRss.accumulateAndGet(bytes, Math::max));
		try {
			api.metric(adminToken, "jvm.memory.used").ifPresent(peakJvmMemory::accumulate);
		}
		catch (RuntimeException e) {
			// A missed sample only lowers the peak's precision.
		}
	}

	private double cpuSeconds() {
		if (pid > 0) {
			try {
				var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
				return ServerThreads.Ticks.of(stat).ticks() / TICKS_PER_SECOND;
			}
			catch (IOException | RuntimeException e) {
				throw new IllegalStateException("Cannot read /proc/" + pid + "/stat: " + e, e);
			}
		}
		return api.metric(adminToken, "process.cpu.time").map(nanos -> nanos / 1e9).orElse(0.0);
	}

	private Map<String, ServerThreads.Ticks> threads() {
		return pid > 0 ? ServerThreads.read(Path.of("/proc", Long.toString(pid), "task")) : Map.of();
	}

	private OptionalLong rss() {
		if (pid <= 0) {
			return OptionalLong.empty();
		}
		try {
			for (var line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
				}
			}
		}
		catch (IOException e) {
			// The server went away; the checks will say so.
		}
		return OptionalLong.empty();
	}

	private static long benchCpuNanos() {
		return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
