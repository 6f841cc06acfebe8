package app.zetpay.support.tickets.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.Sql;
import app.zetpay.support.tickets.Priority;
import app.zetpay.support.tickets.internal.TicketsProperties.Sla;

/**
 * SLA targets per priority: the row an admin saved, else the {@code support.tickets.sla.*}
 * property. Read from the database each time a ticket needs one (a primary-key read on a ticket
 * write), so every node applies a change from the next ticket on, with no cache to go stale.
 */
@Component
public class SlaTargets {

	/** A target longer than a quarter is a typo, not a promise. */
	static final Duration MAX = Duration.ofDays(90);

	private final JdbcClient jdbc;
	private final TicketsProperties properties;
	private final Clock clock;

	SlaTargets(JdbcClient jdbc, TicketsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** A priority's targets and whether an admin set them (else they are the configured defaults). */
	public record Target(Priority priority, Duration firstResponse, Duration resolution, boolean aroundTheClock,
			boolean customised, @Nullable Instant updatedAt) {
	}

	Sla of(Priority priority) {
		return stored(priority).map(t -> new Sla(t.firstResponse(), t.resolution(), t.aroundTheClock()))
				.orElseGet(() -> properties.slaFor(priority));
	}

	@Transactional(readOnly = true)
	public List<Target> all() {
		var result = new ArrayList<Target>();
		for (var priority : Priority.values()) {
			result.add(stored(priority).orElseGet(() -> {
				var sla = properties.slaFor(priority);
				return new Target(priority, sla.firstResponse(), sla.resolution(), sla.aroundTheClock(), false, null);
			}));
		}
		return result;
	}

	/**
	 * Saves a priority's targets; they apply to tickets created from now on.
	 *
	 * @param requestedAroundTheClock null keeps what the priority has now
	 */
	@Transactional
	public Target save(Priority priority, Duration firstResponse, Duration resolution,
			@Nullable Boolean requestedAroundTheClock, String actorId) {
		var aroundTheClock = requestedAroundTheClock == null ? of(priority).aroundTheClock() : requestedAroundTheClock;
		requireSane("firstResponse", firstResponse);
		requireSane("resolution", resolution);
		if (resolution.compareTo(firstResponse) < 0) {
			throw new InvalidFieldException("resolution", "must not be shorter than the first response target");
		}
		var now = clock.instant();
		// Insert-or-update in two plain statements: H2 knows ON CONFLICT DO NOTHING only. Two admins
		// saving at once: one inserts, the other's insert does nothing and it updates.
		var inserted = jdbc.sql("""
				INSERT INTO sla_target (priority, first_response_mins, resolution_mins, around_the_clock,
				  updated_at, updated_by)
				VALUES (:priority, :first, :resolution, :clock, :at, :by) ON CONFLICT DO NOTHING""")
				.param("priority", priority.name()).param("first", firstResponse.toMinutes())
				.param("resolution", resolution.toMinutes()).param("clock", aroundTheClock)
				.param("at", Sql.utc(now)).param("by", actorId).update();
		if (inserted == 0) {
			jdbc.sql("""
					UPDATE sla_target SET first_response_mins = :first, resolution_mins = :resolution,
					  around_the_clock = :clock, updated_at = :at, updated_by = :by WHERE priority = :priority""")
					.param("priority", priority.name()).param("first", firstResponse.toMinutes())
					.param("resolution", resolution.toMinutes()).param("clock", aroundTheClock)
					.param("at", Sql.utc(now)).param("by", actorId).update();
		}
		return new Target(priority, firstResponse, resolution, aroundTheClock, true, now);
	}

	private Optional<Target> stored(Priority priority) {
		return jdbc.sql("SELECT first_response_mins, resolution_mins, around_the_clock, updated_at FROM sla_target"
				+ " WHERE priority = :priority")
				.param("priority", priority.name())
				.query((rs, n) -> new Target(priority, Duration.ofMinutes(rs.getInt(1)), Duration.ofMinutes(rs.getInt(2)),
						rs.getBoolean(3), true, Sql.instant(rs, "updated_at")))
				.optional();
	}

	private static void requireSane(String field, Duration target) {
		if (target.toMinutes() < 1 || target.compareTo(MAX) > 0) {
			throw new InvalidFieldException(field, "must be between 1 minute and 90 days");
		}
	}
}
