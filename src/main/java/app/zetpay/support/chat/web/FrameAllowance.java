package app.zetpay.support.chat.web;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.internal.ChatProperties;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.RateLimit;
import app.zetpay.support.shared.RateLimiter;

/**
 * Every socket frame but {@code send_message} (limited with REST sends in the use case) counts against
 * its type's allowance: the user's once the socket has authenticated, so several sockets share one,
 * and the socket's own before. A flood of cheap frames (typing, read receipts, resumes that each read
 * the database) then costs its sender a refusal, not the node its capacity.
 */
@Component
class FrameAllowance {

	private final RateLimiter limiter;
	private final ChatProperties.FrameLimits limits;

	FrameAllowance(RateLimiter limiter, ChatProperties properties) {
		this.limiter = limiter;
		this.limits = properties.frameLimits();
	}

	/** Takes one frame of this type from the allowance; empty when taken, else how long to wait. */
	Optional<Duration> take(ClientFrame frame, @Nullable Caller caller, String socketId) {
		var limit = limitFor(frame);
		if (limit == null) {
			return Optional.empty();
		}
		var who = caller != null ? caller.id() : "socket:" + socketId;
		return limiter.tryAcquire("ws:" + kind(frame) + ":" + who, limit, 1);
	}

	/** The frame type an allowance is kept for: its own, or {@code invalid} for every bad frame. */
	static String kind(ClientFrame frame) {
		return switch (frame) {
			// One allowance for both: each verifies a token, the costly part.
			case ClientFrame.Reauthenticate a -> "authenticate";
			case ClientFrame.Invalid i -> "invalid";
			default -> java.util.Objects.requireNonNull(frame.frameType());
		};
	}

	private @Nullable RateLimit limitFor(ClientFrame frame) {
		return switch (frame) {
			case ClientFrame.SendMessage m -> null;
			case ClientFrame.Typing t -> limits.typing();
			// Presence frames cost what typing does, and share nothing with it.
			case ClientFrame.Viewing v -> limits.typing();
			case ClientFrame.StoppedViewing v -> limits.typing();
			case ClientFrame.Read r -> limits.read();
			case ClientFrame.Resume r -> limits.resume();
			case ClientFrame.Ping p -> limits.ping();
			case ClientFrame.Authenticate a -> limits.authenticate();
			case ClientFrame.Reauthenticate a -> limits.authenticate();
			case ClientFrame.Invalid i -> limits.invalid();
			// The page's stream is limited per session, in size and rate, by co-browsing (it ends the
			// session when exceeded); the rest are as cheap and rare as typing.
			case ClientFrame.Cobrowse c -> c.isStream() ? null : limits.typing();
		};
	}
}
