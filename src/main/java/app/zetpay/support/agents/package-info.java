/**
 * Who takes which conversation: agents' availability and socket presence (on any node), the queue
 * of waiting conversations, and the assignment loop that gives the oldest waiting conversation to
 * the least-loaded routable agent with a free slot, safely across nodes. Also picking from the
 * queue and transfers. Tells the chat module what it decided through events.
 */
@NullMarked
package app.zetpay.support.agents;

import org.jspecify.annotations.NullMarked;
