/**
 * The agent console's own working data: canned responses (personal and team-wide, with
 * placeholders filled for a conversation) and the inbox of mentions from private notes, heard from
 * the chat module's {@code NoteMentioned}.
 */
@NullMarked
package app.zetpay.support.console;

import org.jspecify.annotations.NullMarked;
