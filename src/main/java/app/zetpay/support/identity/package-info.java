/**
 * Who is calling: customers arrive with a JWT from the app's identity provider (Firebase, Keycloak)
 * or, in the embedded default only, from the dev token endpoint; agents, supervisors and admins
 * are local accounts that sign in here. Owns those accounts, the tokens this service issues, sign-in
 * throttling and the security rules every route and socket frame is checked against.
 */
@NullMarked
package app.zetpay.support.identity;

import org.jspecify.annotations.NullMarked;
