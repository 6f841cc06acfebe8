package app.zetpay.support.bot.intent;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The options of {@code bot-eval}; either {@code --train} and {@code --test}, or {@code --data} and {@code --holdout}. */
record Arguments(@Nullable Path train, @Nullable Path test, @Nullable Path data, double holdout, long seed,
		int perIntent, int warmUpSeconds) {

	static Arguments parse(List<String> args) {
		Path train = null, test = null, data = null;
		double holdout = 0.2;
		long seed = 42;
		int perIntent = 0;
		int warmUpSeconds = 20;
		for (int i = 0; i < args.size(); i++) {
			var name = args.get(i);
			if (i + 1 >= args.size()) {
				throw new IllegalArgumentException("missing value for " + name);
			}
			var value = args.get(++i);
			try {
				switch (name) {
					case "--train" -> train = Path.of(value);
					case "--test" -> test = Path.of(value);
					case "--data" -> data = Path.of(value);
					case "--holdout" -> holdout = Double.parseDouble(value);
					case "--seed" -> seed = Long.parseLong(value);
					case "--per-intent" -> perIntent = Integer.parseInt(value);
					case "--warm-up" -> warmUpSeconds = Integer.parseInt(value);
					default -> throw new IllegalArgumentException("unknown option " + name);
				}
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("not a number for " + name + ": " + value);
			}
		}
		if ((data == null) == (train == null || test == null) || (data != null && (train != null || test != null))) {
			throw new IllegalArgumentException("give either --train and --test, or --data");
		}
		if (!(holdout > 0 && holdout < 1)) {
			throw new IllegalArgumentException("--holdout must be between 0 and 1");
		}
		if (perIntent < 0) {
			throw new IllegalArgumentException("--per-intent must not be negative");
		}
		if (warmUpSeconds < 0) {
			throw new IllegalArgumentException("--warm-up must not be negative");
		}
		return new Arguments(train, test, data, holdout, seed, perIntent, warmUpSeconds);
	}
}
