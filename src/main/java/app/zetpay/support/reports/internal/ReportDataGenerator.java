package app.zetpay.support.reports.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.Handover;
import app.zetpay.support.shared.IstEpoch;

/**
 * Generates support traffic straight into the tables, with JDBC batches: chats (with their messages,
 * the bot's share, handovers and the report facts), tickets against SLA targets, CSAT ratings and
 * agents' presence. One generator for the reports benchmark (a year: 100 k chats, 1 M messages) and
 * the demo week of the embedded default. Deterministic for a seed. Its chats have real conversation
 * ids (the chat module reads them back, on the closed tab and in searches) derived from
 * {@link Plan#prefix}; its customers' ids start with the prefix, which is how
 * {@link #alreadyGenerated} tells that a plan ran before.
 */
public final class ReportDataGenerator {

	/** Who answers the generated chats: an agent account's id, name and team. */
	public record Agent(String id, String name, String team) {
	}

	/**
	 * What to generate: {@code chats} chats opened between {@code firstDay} and {@code lastDay} (IST,
	 * both included) with about {@code messagesPerChat} messages each. With {@code leaveOpen}, chats
	 * still going at {@code now} are left open (bot, queued or assigned); without, every chat is closed,
	 * for data that the live routing, queue and bot never have to pick up (the demo week).
	 */
	public record Plan(String prefix, LocalDate firstDay, LocalDate lastDay, int chats, int messagesPerChat,
			List<Agent> agents, Instant now, long seed, boolean leaveOpen) {
	}

	/** How many rows of each kind were written. */
	public record Generated(long chats, long messages, long tickets, long ratings, long presence) {
	}

	private static final int BATCH = 1_000;
	/** Chats opened per IST hour of the day, relative: quiet nights, busy late mornings and evenings. */
	private static final int[] HOURLY = { 2, 1, 1, 1, 1, 2, 3, 5, 8, 11, 13, 13, 12, 11, 10, 10, 10, 11, 12, 13, 12,
			9, 6, 4 };
	private static final Handover.Cause[] CAUSES = { Handover.Cause.ASKED_FOR_PERSON, Handover.Cause.ASKED_FOR_PERSON,
			Handover.Cause.ASKED_FOR_PERSON, Handover.Cause.FAILED_PAYMENT, Handover.Cause.FAILED_PAYMENT,
			Handover.Cause.LOW_CONFIDENCE, Handover.Cause.LOW_CONFIDENCE, Handover.Cause.UPSET_CUSTOMER,
			Handover.Cause.SUSPECTED_FRAUD, Handover.Cause.PAYMENTS_UNAVAILABLE };
	private static final String[] SOURCES = { "CUSTOMER", "CUSTOMER", "CUSTOMER", "CUSTOMER", "PAYMENT_EVENT",
			"PAYMENT_EVENT", "PAYMENT_EVENT", "CHAT", "CHAT", "AGENT" };

	private final DataSource dataSource;

	public ReportDataGenerator(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Whether rows of this plan's prefix are there already (a second demo start adds nothing). */
	public boolean alreadyGenerated(String prefix) {
		try (var connection = dataSource.getConnection();
				var query = connection.prepareStatement("SELECT COUNT(*) FROM conversation WHERE customer_id LIKE ?")) {
			query.setString(1, prefix + "%");
			try (var rs = query.executeQuery()) {
				rs.next();
				return rs.getLong(1) > 0;
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not look for generated data", e);
		}
	}

	public Generated generate(Plan plan) {
		if (plan.agents().isEmpty()) {
			throw new IllegalArgumentException("Generated chats need at least one agent");
		}
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (var writer = new Writer(connection)) {
				var random = new Random(plan.seed());
				var start = plan.firstDay().atStartOfDay(ReportFilter.IST).toInstant();
				var days = (int) (plan.lastDay().toEpochDay() - plan.firstDay().toEpochDay() + 1);
				// Nothing after now; without open chats, nothing so recent that it could still be going.
				var latest = plan.leaveOpen() ? plan.now() : plan.now().minus(Duration.ofHours(3));
				for (int i = 0; i < plan.chats(); i++) {
					var opened = openedAt(random, start, days);
					if (!opened.isAfter(latest)) {
						chat(writer, plan, random, i, opened);
					}
				}
				// Tickets raised apart from chats: a fifth as many as chats.
				for (int i = 0; i < plan.chats() / 5; i++) {
					var agent = plan.agents().get(random.nextInt(plan.agents().size()));
					var source = SOURCES[random.nextInt(SOURCES.length)];
					var opened = openedAt(random, start, days);
					if (!opened.isAfter(plan.now())) {
						ticket(writer, plan, random, "t" + i, source, opened, agent);
					}
				}
				for (var agent : plan.agents()) {
					presence(writer, plan, random, agent);
				}
				writer.flush();
				connection.commit();
				return writer.counts();
			}
			finally {
				// The connection may be shared (a single-connection data source): leave it as found.
				connection.setAutoCommit(true);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not generate report data", e);
		}
	}

	private static Instant openedAt(Random random, Instant start, int days) {
		var day = random.nextInt(days);
		var hour = weightedHour(random);
		return start.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour))
				.plusSeconds(random.nextInt(3600));
	}

	private static int weightedHour(Random random) {
		var total = 0;
		for (var w : HOURLY) {
			total += w;
		}
		var pick = random.nextInt(total);
		for (int hour = 0; hour < 24; hour++) {
			pick -= HOURLY[hour];
			if (pick < 0) {
				return hour;
			}
		}
		return 23;
	}

	private void chat(Writer writer, Plan plan, Random random, int i, Instant created) throws SQLException {
		var id = conversationId(plan.prefix() + "c" + i);
		var customer = plan.prefix() + "cust" + (i % Math.max(1, plan.chats() / 4));
		var botTook = random.nextInt(100) < 80;
		var contained = botTook && random.nextInt(100) < 35;
		var agent = plan.agents().get(random.nextInt(plan.agents().size()));
		var recent = created.isAfter(plan.now().minus(Duration.ofHours(3)));
		Handover.@Nullable Cause cause = null;
		Instant queued = null;
		Instant firstResponse = null;
		Instant closed;
		String status;
		String assigned = null;
		if (contained) {
			closed = created.plusSeconds(60 + random.nextInt(600));
			status = "CLOSED";
		}
		else {
			if (botTook) {
				cause = CAUSES[random.nextInt(CAUSES.length)];
				queued = created.plusSeconds(30 + random.nextInt(300));
			}
			else {
				queued = created;
			}
			firstResponse = queued.plusSeconds(skewed(random, 20, 1_800));
			closed = firstResponse.plusSeconds(180 + skewed(random, 0, 3_600));
			status = "CLOSED";
			assigned = agent.id();
		}
		if (plan.leaveOpen() && recent && closed.isAfter(plan.now())) {
			// Still going at "now": open, as it would be.
			closed = null;
			if (contained) {
				status = "BOT";
			}
			else if (firstResponse.isAfter(plan.now())) {
				status = "QUEUED";
				firstResponse = null;
				assigned = null;
			}
			else {
				status = "ASSIGNED";
			}
		}
		var end = closed != null ? closed : plan.now();
		var messages = messages(plan, random, customer, agent, botTook, created, queued, firstResponse, end);
		writer.conversation(id, customer, status, assigned, assigned == null ? (cause == null ? null : agent.team())
				: agent.team(), messages.size(), created, end, closed, cause, botTook, queued, firstResponse);
		// After their chat: a message's foreign key needs it.
		for (int m = 0; m < messages.size(); m++) {
			var message = messages.get(m);
			writer.message(id, m + 1, message.sender(), message.role(), message.at());
		}
		if (closed != null && random.nextInt(100) < 30) {
			writer.rating("CHAT", id, customer, rating(random), closed.plusSeconds(30 + random.nextInt(600)));
		}
		if (!contained && random.nextInt(100) < 8) {
			// Some chats end in a ticket.
			ticket(writer, plan, random, "f" + i, "CHAT", created.plusSeconds(600), agent);
		}
	}

	private record Message(String sender, String role, Instant at) {
	}

	/**
	 * A chat's messages, in order: the customer and the bot; when a person was asked for, the
	 * customer waiting, then the person's first answer at {@code firstResponse} and back and forth.
	 */
	private static List<Message> messages(Plan plan, Random random, String customer, Agent agent, boolean botTook,
			Instant created, @Nullable Instant queued, @Nullable Instant firstResponse, Instant end) {
		var count = 2 + random.nextInt(Math.max(1, 2 * plan.messagesPerChat() - 3));
		var botPart = botTook ? (queued == null ? count : Math.max(2, count / 3)) : 0;
		var messages = new ArrayList<Message>(count + 1);
		var botEnd = queued != null ? queued : end;
		for (int m = 0; m < botPart; m++) {
			var at = between(created, botEnd, m, botPart);
			messages.add(m % 2 == 0 ? new Message(customer, "CUSTOMER", at) : new Message("bot", "BOT", at));
		}
		if (queued == null) {
			return messages;
		}
		messages.add(new Message(customer, "CUSTOMER", queued));
		if (firstResponse == null) {
			return messages;
		}
		var rest = Math.max(1, count - messages.size());
		for (int m = 0; m < rest; m++) {
			var at = between(firstResponse, end, m, rest);
			messages.add(m % 2 == 0 ? new Message(agent.id(), "AGENT", at) : new Message(customer, "CUSTOMER", at));
		}
		return messages;
	}

	/** A well-formed conversation id, the same for the same name (so a seed still gives the same rows). */
	static String conversationId(String name) {
		return new ConversationId("cnv_" + hex(name)).value();
	}

	private static String hex(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
	}

	private static Instant between(Instant from, Instant to, int m, int of) {
		var span = Math.max(0, Duration.between(from, to).toMillis());
		return from.plusMillis(span * m / Math.max(1, of));
	}

	private static void ticket(Writer writer, Plan plan, Random random, String suffix, String source, Instant created,
			Agent agent) throws SQLException {
		var id = plan.prefix() + suffix;
		var firstResponse = created.plusSeconds(skewed(random, 300, 8 * 3_600));
		var resolved = random.nextInt(100) < 75 ? firstResponse.plusSeconds(skewed(random, 600, 4 * 86_400)) : null;
		if (firstResponse.isAfter(plan.now())) {
			firstResponse = null;
			resolved = null;
		}
		if (resolved != null && resolved.isAfter(plan.now())) {
			resolved = null;
		}
		// Targets as a medium ticket's, roughly: 4 h to the first response, 2 days to resolve.
		var firstDue = created.plus(Duration.ofHours(4));
		var resolutionDue = created.plus(Duration.ofDays(2));
		var firstBreached = firstResponse == null ? plan.now().isAfter(firstDue) : firstResponse.isAfter(firstDue);
		var resolutionBreached = resolved == null ? plan.now().isAfter(resolutionDue) : resolved.isAfter(resolutionDue);
		var customer = plan.prefix() + "tcust" + suffix;
		writer.ticket(id, plan.prefix() + suffix, customer, source, agent, created, firstDue, resolutionDue,
				firstResponse, resolved, firstBreached, resolutionBreached);
		if (resolved != null && random.nextInt(100) < 25) {
			writer.rating("TICKET", id, customer, rating(random), resolved.plusSeconds(3_600));
		}
	}

	/** A working day per agent: online from about 09:00 IST with a half-hour break, offline at night. */
	private static void presence(Writer writer, Plan plan, Random random, Agent agent) throws SQLException {
		Instant lastEnd = null;
		for (var day = plan.firstDay(); !day.isAfter(plan.lastDay()); day = day.plusDays(1)) {
			if (random.nextInt(7) == 0) {
				continue;
			}
			var on = day.atTime(8 + random.nextInt(3), random.nextInt(60)).atZone(ReportFilter.IST).toInstant();
			if (on.isAfter(plan.now())) {
				break;
			}
			if (lastEnd != null) {
				writer.presence(agent.id(), "OFFLINE", lastEnd, on);
			}
			var breakAt = on.plus(Duration.ofHours(4));
			var back = breakAt.plus(Duration.ofMinutes(30));
			var off = back.plus(Duration.ofHours(4)).plusSeconds(random.nextInt(3_600));
			writer.presence(agent.id(), "ONLINE", on, atMost(breakAt, plan.now()));
			if (breakAt.isAfter(plan.now())) {
				return;
			}
			writer.presence(agent.id(), "AWAY", breakAt, atMost(back, plan.now()));
			if (back.isAfter(plan.now())) {
				return;
			}
			writer.presence(agent.id(), "ONLINE", back, atMost(off, plan.now()));
			if (off.isAfter(plan.now())) {
				return;
			}
			lastEnd = off;
		}
	}

	/** {@code at}, or null (still going) when it is after now. */
	private static @Nullable Instant atMost(Instant at, Instant now) {
		return at.isAfter(now) ? null : at;
	}

	/** Between min and max seconds, most of them near the low end (waits and handling times are). */
	private static long skewed(Random random, long min, long max) {
		var u = random.nextDouble();
		return min + (long) ((max - min) * u * u * u);
	}

	private static int rating(Random random) {
		var r = random.nextInt(100);
		return r < 45 ? 5 : r < 75 ? 4 : r < 87 ? 3 : r < 94 ? 2 : 1;
	}

	/** Batched inserts for every table, flushed every {@value #BATCH} rows. */
	private static final class Writer implements AutoCloseable {

		private final PreparedStatement conversations;
		private final PreparedStatement messages;
		private final PreparedStatement tickets;
		private final PreparedStatement ratings;
		private final PreparedStatement presence;
		/** contact_fact, as the chat and ticket modules write it (decision 0037); not counted. */
		private final PreparedStatement facts;
		/** A rating's copy on its fact row (decision 0042); after the facts, whose rows it updates. */
		private final PreparedStatement ratedFacts;
		private final List<PreparedStatement> all;
		private final int[] pending = new int[7];
		private final long[] counts = new long[7];

		Writer(Connection connection) throws SQLException {
			conversations = connection.prepareStatement("""
					INSERT INTO conversation (id, customer_id, customer_name, status, assigned_agent_id, team, topic,
					  last_seq, created_at, updated_at, closed_at, open_for_customer, handover_cause, handover_priority,
					  bot_took, queued_at, first_response_at)
					VALUES (?, ?, 'Generated customer', ?, ?, ?, 'Generated', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
			messages = connection.prepareStatement("""
					INSERT INTO chat_message (id, conversation_id, seq, sender_id, sender_name, sender_role, type, text,
					  created_at) VALUES (?, ?, ?, ?, ?, ?, 'TEXT', 'Generated message', ?)""");
			tickets = connection.prepareStatement("""
					INSERT INTO ticket (id, number, customer_id, issue_type, description, priority, status, source,
					  assignee_id, team, first_response_due, resolution_due, first_responded_at, resolved_at,
					  first_response_breached, resolution_breached, created_at, updated_at)
					VALUES (?, ?, ?, 'Generated', 'Generated ticket', 'MEDIUM', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
			ratings = connection.prepareStatement("""
					INSERT INTO csat_rating (subject_type, subject_id, customer_id, rating, created_at)
					VALUES (?, ?, ?, ?, ?)""");
			presence = connection.prepareStatement("""
					INSERT INTO agent_presence (agent_id, availability, started_at, ended_at, started_s, ended_s)
					VALUES (?, ?, ?, ?, ?, ?)""");
			facts = connection.prepareStatement("""
					INSERT INTO contact_fact (kind, id, source, team, agent_id, opened_s, queued_s, first_response_s,
					  closed_s, bot_took, handover_cause, response_s, resolution_s, opened_day, opened_hour, closed_day)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
			ratedFacts = connection.prepareStatement(
					"UPDATE contact_fact SET rating = ?, rated_s = ? WHERE id = ? AND kind = ?");
			all = List.of(conversations, messages, tickets, ratings, presence, facts, ratedFacts);
		}

		void conversation(String id, String customer, String status, @Nullable String agent, @Nullable String team,
				int lastSeq, Instant created, Instant updated, @Nullable Instant closed, Handover.@Nullable Cause cause,
				boolean botTook, @Nullable Instant queued, @Nullable Instant firstResponse) throws SQLException {
			var s = conversations;
			s.setString(1, id);
			s.setString(2, customer);
			s.setString(3, status);
			s.setString(4, agent);
			s.setString(5, team);
			s.setLong(6, lastSeq);
			time(s, 7, created);
			time(s, 8, updated);
			time(s, 9, closed);
			// Open chats hold their customer's one open slot: one per generated chat, never shared.
			s.setString(10, closed == null ? id : null);
			s.setString(11, cause == null ? null : cause.name());
			s.setString(12, cause == null ? null : cause.usualPriority().name());
			s.setBoolean(13, botTook);
			time(s, 14, queued);
			time(s, 15, firstResponse);
			add(0);
			fact("CHAT", id, null, team, agent, created, queued, firstResponse, closed, botTook,
					cause == null ? null : cause.name());
		}

		private void fact(String kind, String id, @Nullable String source, @Nullable String team,
				@Nullable String agent, Instant opened, @Nullable Instant queued, @Nullable Instant firstResponse,
				@Nullable Instant closed, boolean botTook, @Nullable String cause) throws SQLException {
			var s = facts;
			s.setString(1, kind);
			s.setString(2, id);
			s.setString(3, source);
			s.setString(4, team);
			s.setString(5, agent);
			s.setLong(6, opened.getEpochSecond());
			epoch(s, 7, queued);
			epoch(s, 8, firstResponse);
			epoch(s, 9, closed);
			s.setBoolean(10, botTook);
			s.setString(11, cause);
			seconds(s, 12, queued, firstResponse);
			seconds(s, 13, opened, closed);
			s.setInt(14, IstEpoch.day(opened));
			s.setInt(15, IstEpoch.hourOfWeek(opened));
			if (closed == null) {
				s.setNull(16, Types.INTEGER);
			}
			else {
				s.setInt(16, IstEpoch.day(closed));
			}
			add(5);
		}

		private static void seconds(PreparedStatement s, int index, @Nullable Instant from, @Nullable Instant to)
				throws SQLException {
			if (from == null || to == null) {
				s.setNull(index, Types.BIGINT);
			}
			else {
				s.setLong(index, to.getEpochSecond() - from.getEpochSecond());
			}
		}

		private static void epoch(PreparedStatement s, int index, @Nullable Instant at) throws SQLException {
			if (at == null) {
				s.setNull(index, Types.BIGINT);
			}
			else {
				s.setLong(index, at.getEpochSecond());
			}
		}

		void message(String chatId, int seq, String sender, String role, Instant at) throws SQLException {
			var s = messages;
			// The shape of the chat's own ids, within the column's 40 characters.
			s.setString(1, "msg_" + hex(chatId + "/" + seq));
			s.setString(2, chatId);
			s.setLong(3, seq);
			s.setString(4, sender);
			s.setString(5, role.equals("CUSTOMER") ? "Generated customer" : role.equals("BOT") ? "Zet" : "Agent");
			s.setString(6, role);
			time(s, 7, at);
			add(1);
		}

		void ticket(String id, String number, String customer, String source, Agent agent, Instant created,
				Instant firstDue, Instant resolutionDue, @Nullable Instant firstResponse, @Nullable Instant resolved,
				boolean firstBreached, boolean resolutionBreached) throws SQLException {
			var s = tickets;
			s.setString(1, id);
			s.setString(2, number.length() > 24 ? number.substring(number.length() - 24) : number);
			s.setString(3, customer);
			s.setString(4, resolved != null ? "RESOLVED" : firstResponse != null ? "IN_PROGRESS" : "OPEN");
			s.setString(5, source);
			s.setString(6, agent.id());
			s.setString(7, agent.team());
			time(s, 8, firstDue);
			time(s, 9, resolutionDue);
			time(s, 10, firstResponse);
			time(s, 11, resolved);
			s.setBoolean(12, firstBreached);
			s.setBoolean(13, resolutionBreached);
			time(s, 14, created);
			time(s, 15, resolved != null ? resolved : firstResponse != null ? firstResponse : created);
			add(2);
			fact("TICKET", id, source, agent.team(), agent.id(), created, created, firstResponse, resolved, false, null);
		}

		void rating(String type, String subject, String customer, int rating, Instant at) throws SQLException {
			var s = ratings;
			s.setString(1, type);
			s.setString(2, subject);
			s.setString(3, customer);
			s.setInt(4, rating);
			time(s, 5, at);
			add(3);
			var f = ratedFacts;
			f.setInt(1, rating);
			f.setLong(2, at.getEpochSecond());
			f.setString(3, subject);
			f.setString(4, type);
			add(6);
		}

		void presence(String agent, String availability, Instant from, @Nullable Instant to) throws SQLException {
			var s = presence;
			s.setString(1, agent);
			s.setString(2, availability);
			time(s, 3, from);
			time(s, 4, to);
			s.setLong(5, from.getEpochSecond());
			epoch(s, 6, to);
			add(4);
		}

		private void add(int which) throws SQLException {
			all.get(which).addBatch();
			counts[which]++;
			if (++pending[which] >= BATCH) {
				// Conversations first: a message's foreign key needs its chat.
				flush();
			}
		}

		void flush() throws SQLException {
			for (int i = 0; i < all.size(); i++) {
				if (pending[i] > 0) {
					all.get(i).executeBatch();
					pending[i] = 0;
				}
			}
		}

		Generated counts() {
			return new Generated(counts[0], counts[1], counts[2], counts[3], counts[4]);
		}

		private static void time(PreparedStatement s, int index, @Nullable Instant at) throws SQLException {
			if (at == null) {
				s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
			}
			else {
				s.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
			}
		}

		@Override
		public void close() throws SQLException {
			for (var s : all) {
				s.close();
			}
		}
	}
}
