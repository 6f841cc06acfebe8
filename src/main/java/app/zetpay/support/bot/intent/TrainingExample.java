package app.zetpay.support.bot.intent;

/** One labelled customer message: what they wrote and the intent it expresses. */
public record TrainingExample(String text, String intent) {
}
