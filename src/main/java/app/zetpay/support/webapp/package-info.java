/**
 * The web app built from {@code web/} (React; customers at {@code /support}, agents at
 * {@code /agent}, admins at {@code /admin}): serves its page for every route its router owns and its
 * hashed scripts and styles, precompressed and cached for good. Its data comes from the other
 * modules' {@code /api}; this module knows none of them.
 */
@NullMarked
package app.zetpay.support.webapp;

import org.jspecify.annotations.NullMarked;
