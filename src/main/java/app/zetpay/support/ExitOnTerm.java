package app.zetpay.support;

import java.time.Duration;

import sun.misc.Signal;

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
				// System.exit runs the shutdown hooks, Spring's graceful close among them, as the default
				// handler does.
				System.exit(0);
			});
		}
		catch (IllegalArgumentException e) {
			// The JVM keeps TERM to itself (-Xrs, or a platform without it): its own handling stays.
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
