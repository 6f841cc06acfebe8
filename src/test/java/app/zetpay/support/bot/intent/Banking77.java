package app.zetpay.support.bot.intent;

import java.util.List;

import app.zetpay.support.testing.NeedsBanking77;

/** The BANKING77 training examples, for tests marked {@link NeedsBanking77}. */
final class Banking77 {

	private Banking77() {
	}

	static List<TrainingExample> examples() {
		return TrainingCsv.read(NeedsBanking77.TRAIN);
	}
}
