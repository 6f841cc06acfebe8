package app.zetpay.support;

import java.time.Duration;

import sun.misc.Signal;

import app.zetpay.support.shared.NativeLoads;

/**
 * SIGTERM is how an orchestrator asks a node to stop; once the shutdown has run (sockets closed with
 * 1012, queued messages stored, see {@code shared.ShutdownPhases}) that is a success, so the process
 * exits 0. The JVM's own handler runs the same shutdown hooks but exits 143, which supervisors
 * report as a failure.
 * <p>
 * Every step of the shutdown is bounded, but a step outside our code can still hang (a pool waiting
 * for a connection that never comes back). The node promises to be gone within {@link #BUDGET}, so
 * past it a watchdog prints what the shutdown is stuck on and halts with status 1: the orchestrator
 * would kill it a little later anyway, without saying why.
 */
final class ExitOnTerm {

	static final Duration BUDGET = Duration.ofSeconds(20);
	/** Room for the halt itself before the budget runs out (a busy machine delays signal and exit). */
	private static final Duration MARGIN = Duration.ofMillis(1500);

	private ExitOnTerm() {
	}

	static void install() {
		install(BUDGET);
	}

	static void install(Duration budget) {
		try {
			Signal.handle(new Signal("TERM"), signal -> {
				Thread.ofPlatform().daemon().name("shutdown-watchdog").start(() -> haltAfter(budget));
				awaitNativeLoads(budget.minus(MARGIN).dividedBy(2));
				// System.exit runs the shutdown hooks, Spring's graceful close among them, as the default
				// handler does.
				System.exit(0);
			});
		}
		catch (IllegalArgumentException e) {
			// The JVM keeps TERM to itself (-Xrs, or a platform without it): its own handling stays.
		}
	}

	/**
	 * An exit while the embedding model loads in native code crashed the JVM (SIGSEGV, status 134):
	 * no new load may begin, and the one under way (about a second) is waited for, within half the
	 * budget so the graceful close keeps the rest.
	 */
	private static void awaitNativeLoads(Duration timeout) {
		try {
			if (!NativeLoads.closeAndAwait(timeout)) {
				System.err.printf("A native load still runs after %d ms; exiting anyway%n", timeout.toMillis());
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void haltAfter(Duration budget) {
		try {
			Thread.sleep(budget.minus(MARGIN));
		}
		catch (InterruptedException e) {
			return;
		}
		var err = System.err;
		err.printf("Shutdown did not finish within %d ms; halting. Still running:%n", budget.toMillis());
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			if (thread.getName().contains("Shutdown") || thread.getName().contains("shutdown-hook")) {
				err.println("  " + thread.getName());
				for (var frame : stack) {
					err.println("    at " + frame);
				}
			}
		});
		err.flush();
		Runtime.getRuntime().halt(1);
	}
}
