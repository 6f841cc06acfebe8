/**
 * Finds and masks payment secrets in free text before it is stored or leaves the service: card
 * numbers (first 6 / last 4 kept, PCI DSS), CVVs, UPI PINs, OTPs and Aadhaar numbers. Pure
 * functions, no state: chat, tickets and the bot mask what customers type.
 */
@NullMarked
package app.zetpay.support.masking;

import org.jspecify.annotations.NullMarked;
