package app.zetpay.support.bot.intent;

/** Told how far training has come: a phase ("embedding", "training") and the fraction done, 0 to 1. */
@FunctionalInterface
public interface ProgressListener {

	ProgressListener NONE = (phase, fraction) -> {
	};

	void progress(String phase, double fraction);
}
