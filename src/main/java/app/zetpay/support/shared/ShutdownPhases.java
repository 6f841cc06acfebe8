package app.zetpay.support.shared;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

/**
 * The order in which a node stops on SIGTERM, as {@code SmartLifecycle} phases (the highest phase
 * stops first; see docs/decisions/0014). Each step needs everything below it still running:
 * <ol>
 * <li>Boot's graceful web-server shutdown: the port closes, HTTP requests in progress finish (a
 * REST send waits for the message writer, so the writer must still run).</li>
 * <li>{@link #SOCKETS}: frames already being handled finish and are answered, then every client
 * socket is closed with 1012 (service restart); clients reconnect to another node and resume.
 * Closing a socket updates presence in the database and unsubscribes in Redis.</li>
 * <li>Boot stops the web server (its connectors: sockets still open now would be cut, not closed).</li>
 * <li>The task scheduler: no new scheduled runs; the one running finishes.</li>
 * <li>{@link #MESSAGE_WRITER}: stores everything queued; its commits may start event listeners.</li>
 * <li>{@link #BACKGROUND_TASKS}: event listeners still running (the bot, routing decisions) finish.</li>
 * <li>{@link #REDIS_SUBSCRIPTIONS}: the fan-out's Redis subscriptions end; then Redis connections
 * (Lettuce, phase 0), and last the beans are destroyed: the event publication registry reports
 * what is unfinished, presence forgets this node, and the datasource closes.</li>
 * </ol>
 */
public final class ShutdownPhases {

	/** Boot's graceful shutdown of the web server, for reference. */
	public static final int WEB_SERVER_GRACEFUL = WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE;

	/** Client sockets close with 1012: after the port closed, before the web server stops. */
	public static final int SOCKETS = WEB_SERVER_GRACEFUL - 512;

	/** The group-commit writer drains its queues: after every sender (HTTP, sockets, schedules) stopped. */
	public static final int MESSAGE_WRITER = SimpleAsyncTaskScheduler.DEFAULT_PHASE - 1024;

	/** Asynchronous work (event listeners) finishes: after the writer, whose commits start some of it. */
	public static final int BACKGROUND_TASKS = MESSAGE_WRITER - 1024;

	/** Redis pub/sub for the fan-out ends: after the last socket is gone, before Redis connections close. */
	public static final int REDIS_SUBSCRIPTIONS = BACKGROUND_TASKS - 1024;

	private ShutdownPhases() {
	}

	/**
	 * Waits, within a phase's share of the budget, until nothing is {@code inProgress} any more.
	 * @return how many were still in progress when the wait ended (0 when all finished)
	 */
	public static int awaitNoneInProgress(java.util.concurrent.atomic.AtomicInteger inProgress, java.time.Duration within) {
		var deadline = System.nanoTime() + within.toNanos();
		while (inProgress.get() > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return inProgress.get();
	}
}
