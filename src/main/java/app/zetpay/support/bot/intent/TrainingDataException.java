package app.zetpay.support.bot.intent;

/** Training data that cannot be used, with the 1-based line it was found on (0 when not tied to a line). */
public final class TrainingDataException extends RuntimeException {

	private final int line;

	public TrainingDataException(int line, String message) {
		super(line > 0 ? "line " + line + ": " + message : message);
		this.line = line;
	}

	public int line() {
		return line;
	}
}
