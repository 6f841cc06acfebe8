package app.zetpay.support.shared;

import org.jspecify.annotations.Nullable;

/**
 * Work a module finishes after the service is up, such as loading the embedding model, embedding
 * the help centre's passages or training the first intent model. The service answers meanwhile with less (lexical search, a bot
 * that hands chats to people), and health's {@code support.startup} section says what is still
 * warming up.
 */
public interface WarmUp {

	/** The key of this work in health, e.g. {@code helpIndex}. */
	String name();

	Status status();

	/**
	 * The work itself, run once in the background after the service is up (health UP), one warm-up
	 * after the other in their {@code @Order}, so that on two cores they neither slow the start nor
	 * fight each other. Returns when its part is done or handed to a thread of its own.
	 */
	void warmUp();

	/** Where the work stands, in words an operator reads, with a percentage when one is known. */
	record Status(State state, String detail, @Nullable Integer percent) {

		public static Status warmingUp(String detail, @Nullable Integer percent) {
			return new Status(State.WARMING_UP, detail, percent);
		}

		public static Status ready(String detail) {
			return new Status(State.READY, detail, 100);
		}

		public static Status failed(String detail) {
			return new Status(State.FAILED, detail, null);
		}
	}

	enum State {
		/** Still going; the service works without it. */
		WARMING_UP,
		/** Done, or nothing to do. */
		READY,
		/** Gave up; the service keeps working without it (see the detail and the log). */
		FAILED
	}
}
