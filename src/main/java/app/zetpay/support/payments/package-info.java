/**
 * The port to Zet Pay's payments system: looking up a customer's transactions for the bot and the
 * agent console. A demo adapter with generated transactions serves the embedded default; an HTTP
 * adapter with timeouts and a circuit breaker talks to the real system in production.
 */
@NullMarked
package app.zetpay.support.payments;

import org.jspecify.annotations.NullMarked;
