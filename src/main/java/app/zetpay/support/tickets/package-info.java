/**
 * Support tickets: raised by customers, by agents from a chat, and automatically for every payment
 * that failed but debited the customer (one ticket per transaction, however often it is reported).
 * Owns the ticket lifecycle and its audit, the public thread and internal notes, SLA targets in
 * business hours and breach detection, refund ETAs in banking days, attachments and CSAT ratings.
 */
@NullMarked
package app.zetpay.support.tickets;

import org.jspecify.annotations.NullMarked;
