package app.zetpay.support;

import sun.misc.Signal;

/**
 * SIGTERM is how an orchestrator asks a node to stop; once the shutdown has run (sockets closed with
 * 1012, queued messages stored, see {@code shared.ShutdownPhases}) that is a success, so the process
 * exits 0. The JVM's own handler runs the same shutdown hooks but exits 143, which supervisors
 * report as a failure.
 */
final class ExitOnTerm {

	private ExitOnTerm() {
	}

	static void install() {
		// System.exit runs the shutdown hooks, Spring's graceful close among them, as the default handler does.
		Signal.handle(new Signal("TERM"), signal -> System.exit(0));
	}
}
