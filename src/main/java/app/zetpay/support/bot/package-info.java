/**
 * The triage bot: owns the intents, their training data and model versions, and the bot's part in
 * conversations — answering first from the help centre, the guided payment flows, and the handover
 * to a person with a summary.
 */
@NullMarked
package app.zetpay.support.bot;

import org.jspecify.annotations.NullMarked;
