/**
 * Live chat between customers and agents: conversations, their numbered messages, read state, and
 * delivery to every open socket of every participant. Ordering and idempotency are decided by the
 * database (sequence numbers, client message ids); sockets only ever see committed messages.
 */
@NullMarked
package app.zetpay.support.chat;

import org.jspecify.annotations.NullMarked;
