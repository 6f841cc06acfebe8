package app.zetpay.support.cobrowse.internal;

/**
 * A session's allowance for relayed frames: a frame's size, and two token buckets (frames and
 * characters per second) refilled continuously. A page that stays within it coalesces its mutations
 * into a few frames a second; one that does not is ended, not slowed, since a live view that lags
 * further and further behind helps nobody.
 */
final class StreamLimit {

	private final int maxFrameChars;
	private final double framesPerNano;
	private final double framesBurst;
	private final double charsPerNano;
	private final double charsBurst;
	private double frames;
	private double chars;
	private long refilledAt;

	StreamLimit(CobrowseProperties properties, long nowNanos) {
		this.maxFrameChars = properties.maxFrameChars();
		this.framesPerNano = properties.framesPerSecond() / 1e9;
		this.framesBurst = properties.framesPerSecond() * 2.0;
		this.charsPerNano = properties.bytesPerSecond() / 1e9;
		this.charsBurst = properties.burstBytes();
		this.frames = framesBurst;
		this.chars = charsBurst;
		this.refilledAt = nowNanos;
	}

	/** Null when the frame may go, else why it may not. */
	synchronized String exceededBy(int frameChars, long nowNanos) {
		if (frameChars > maxFrameChars) {
			return "a frame of " + frameChars + " characters is over the limit of " + maxFrameChars;
		}
		var elapsed = Math.max(0, nowNanos - refilledAt);
		refilledAt = nowNanos;
		frames = Math.min(framesBurst, frames + elapsed * framesPerNano);
		chars = Math.min(charsBurst, chars + elapsed * charsPerNano);
		if (frames < 1) {
			return "more than " + Math.round(framesPerNano * 1e9) + " frames a second";
		}
		if (chars < frameChars) {
			return "more than " + Math.round(charsPerNano * 1e9) + " characters a second";
		}
		frames -= 1;
		chars -= frameChars;
		return null;
	}
}
