package app.zetpay.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerThreadsTests {

	@TempDir
	Path tasks;

	@Test
	void readsEachThreadsNameAndTicksFromItsStatFile() throws IOException {
		task("101", "C2 CompilerThre", 40, 2);
		task("102", "chat-writer-0", 300, 50);

		assertThat(ServerThreads.read(tasks)).containsOnly(
				Map.entry("101", new ServerThreads.Ticks("C2 CompilerThre", 42)),
				Map.entry("102", new ServerThreads.Ticks("chat-writer-0", 350)));
	}

	@Test
	void aNameWithParenthesesAndSpacesIsReadWhole() throws IOException {
		task("7", "pool (x) 1", 1, 1);

		assertThat(ServerThreads.read(tasks).get("7").name()).isEqualTo("pool (x) 1");
	}

	@Test
	void poolsAddUpAndTheJvmsOwnThreadsGoByRole() {
		assertThat(ServerThreads.group("C1 CompilerThre")).isEqualTo(ServerThreads.COMPILERS);
		assertThat(ServerThreads.group("C2 CompilerThre")).isEqualTo(ServerThreads.COMPILERS);
		assertThat(ServerThreads.group("GC Thread#1")).isEqualTo(ServerThreads.COLLECTOR);
		assertThat(ServerThreads.group("G1 Conc#0")).isEqualTo(ServerThreads.COLLECTOR);
		assertThat(ServerThreads.group("ForkJoinPool-1-")).isEqualTo(ServerThreads.CARRIERS);
		assertThat(ServerThreads.group("chat-writer-1")).isEqualTo(ServerThreads.group("chat-writer-0"));
	}

	@Test
	void splitsTheWindowsCpuByGroupCountingNewThreadsFromZeroAndEndedOnesApart() {
		var before = Map.of("1", new ServerThreads.Ticks("chat-writer-0", 1_000),
				"2", new ServerThreads.Ticks("chat-writer-1", 500),
				"3", new ServerThreads.Ticks("C2 CompilerThre", 900));
		var after = Map.of("1", new ServerThreads.Ticks("chat-writer-0", 1_400),
				"2", new ServerThreads.Ticks("chat-writer-1", 700),
				"3", new ServerThreads.Ticks("C2 CompilerThre", 1_000),
				"4", new ServerThreads.Ticks("C1 CompilerThre", 100));
		// Writers 6 s, compilers 2 s; the process used 9 s, so 1 s went to threads no longer there.
		var shares = ServerThreads.between(before, after, 9.0, 100, 10.0);

		assertThat(shares).extracting(ServerThreads.Share::group)
			.containsExactly("chat-writer-#", ServerThreads.COMPILERS, ServerThreads.ENDED);
		assertThat(shares.getFirst().cores()).isCloseTo(0.6, within(1e-9));
		assertThat(ServerThreads.secondsOf(shares, ServerThreads.COMPILERS)).isCloseTo(2.0, within(1e-9));
		assertThat(ServerThreads.secondsOf(shares, ServerThreads.ENDED)).isCloseTo(1.0, within(1e-9));
		assertThat(ServerThreads.describe(shares, 2))
			.isEqualTo("chat-writer-# 0.600, JIT compilers 0.200, other 0.100");
	}

	@Test
	void withoutReadingsThereIsNoSplit() {
		assertThat(ServerThreads.between(Map.of(), Map.of(), 3.0, 100, 10.0)).isEmpty();
		assertThat(ServerThreads.read(tasks.resolve("missing"))).isEmpty();
	}

	private void task(String id, String name, long utime, long stime) throws IOException {
		Files.createDirectories(tasks.resolve(id));
		// pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
		Files.writeString(tasks.resolve(id).resolve("stat"),
				id + " (" + name + ") S 1 1 1 0 -1 4194368 10 0 0 0 " + utime + " " + stime + " 0 0 20 0 1 0");
	}
}
