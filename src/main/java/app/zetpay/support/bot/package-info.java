/**
 * The triage bot: recognises what a customer wants from their first message and answers it or
 * hands the conversation to the right team.
 */
@NullMarked
package app.zetpay.support.bot;

import org.jspecify.annotations.NullMarked;
