package app.zetpay.support.shared;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Loads of native code (the embedding model's ONNX session and tokenizer) that the JVM must not exit
 * in the middle of: a SIGTERM during the model's load ran the exit while ONNX Runtime was still
 * setting up in native code, and the JVM died with SIGSEGV instead of shutting down. The exit
 * ({@code ExitOnTerm}) first closes this gate, so no load begins any more, and waits for the one
 * under way.
 */
public final class NativeLoads {

	private static final Object lock = new Object();
	private static int running;
	private static boolean closed;

	private NativeLoads() {
	}

	/**
	 * Runs the load unless the JVM is exiting.
	 * @throws ShuttingDown when the JVM is exiting: the load would be cut short
	 */
	public static <T> T run(Supplier<T> load) {
		synchronized (lock) {
			if (closed) {
				throw new ShuttingDown();
			}
			running++;
		}
		try {
			return load.get();
		}
		finally {
			synchronized (lock) {
				running--;
				lock.notifyAll();
			}
		}
	}

	/** Whether the process is on its way out: no load begins any more. */
	public static boolean closing() {
		synchronized (lock) {
			return closed;
		}
	}

	/**
	 * Lets no load begin from now on and waits up to {@code timeout} for the ones under way.
	 * @return whether none is under way any more
	 */
	public static boolean closeAndAwait(Duration timeout) throws InterruptedException {
		var deadline = System.nanoTime() + timeout.toNanos();
		synchronized (lock) {
			closed = true;
			while (running > 0) {
				var left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				lock.wait(Math.max(1, left / 1_000_000));
			}
			return true;
		}
	}

	/** A load refused because the process is on its way out: expected, not an error. */
	public static final class ShuttingDown extends IllegalStateException {

		ShuttingDown() {
			super("not loading native code: the process is shutting down");
		}
	}
}
