/**
 * Reports for supervisors and admins: volume, first response and resolution times, SLA, CSAT, bot
 * containment and handover causes, the busiest hours (IST) and a per-agent table, over a range of
 * IST days, filtered by team, agent and channel, as JSON or CSV. It owns no data of its own: it
 * reads the facts the chat, tickets and agents modules keep as they change (docs/decisions/0031),
 * chiefly contact_fact, one row per chat or ticket (0037), and agents' names from AgentDirectory.
 */
@NullMarked
package app.zetpay.support.reports;

import org.jspecify.annotations.NullMarked;
