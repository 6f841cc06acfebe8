/**
 * The supervisors' live view: per team the queue, the longest wait and the agents with their
 * status and load, and the chats and tickets near an SLA breach, read from the shared tables and
 * pushed to connected supervisors and admins as a coalesced {@code live_view} frame. Also the team
 * list with its numbers. Owns no state: everything it shows is what every node reads alike.
 */
@NullMarked
package app.zetpay.support.liveview;

import org.jspecify.annotations.NullMarked;
