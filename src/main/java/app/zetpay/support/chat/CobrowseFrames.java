package app.zetpay.support.chat;

import app.zetpay.support.identity.Caller;

import tools.jackson.databind.JsonNode;

/**
 * The co-browsing frames of {@code /ws}, handed over by chat's socket adapter once the socket has
 * authenticated and the frame has passed the caller's current rights: the module that owns
 * co-browsing implements it (chat cannot depend on it, it depends on chat). The frame types are
 * listed with the others in the adapter's parser.
 */
public interface CobrowseFrames {

	/** One {@code cobrowse_*} frame; its payload is a JSON object. Refusals are thrown as ProblemException. */
	void handle(FrameSocket socket, Caller caller, String type, JsonNode payload);

	/** The socket closed (the page went away, or the network did). */
	void closed(FrameSocket socket, Caller caller);

	/** One open socket of this node, as another module may use it: to send to it, and to see how far behind it is. */
	interface FrameSocket {

		String id();

		boolean isOpen();

		/** Sends a frame written with {@code {"type":…,"payload":…}}; a closed socket drops it. */
		void send(String frame);

		/** Bytes queued for this socket and not yet written to the network: how slow its reader is. */
		int bufferedBytes();
	}
}
