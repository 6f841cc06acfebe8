/**
 * Co-browsing with explicit consent: the assigned agent asks, the customer accepts or declines, and
 * while a session is active the customer's page (recorded with rrweb, inputs masked, sensitive
 * elements blocked) is relayed, never stored, to that agent only, who may point at elements. Owns the
 * sessions' consent state and their audit metadata (who, when, how long, who ended it and why).
 */
@NullMarked
package app.zetpay.support.cobrowse;

import org.jspecify.annotations.NullMarked;
