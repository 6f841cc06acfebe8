package app.zetpay.support.tickets.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import app.zetpay.support.tickets.Priority;

/** Computes SLA due times from the targets of a priority (as stored now) and the business calendar. */
@Component
class SlaClock {

	private final SlaTargets targets;
	private final BusinessCalendar calendar;

	SlaClock(TicketsProperties properties, SlaTargets targets) {
		this.targets = targets;
		this.calendar = BusinessCalendar.of(properties);
	}

	record Dues(Instant firstResponse, Instant resolution) {
	}

	Dues dues(Priority priority, Instant from) {
		var sla = targets.of(priority);
		return new Dues(plus(from, sla.firstResponse(), sla.aroundTheClock()),
				plus(from, sla.resolution(), sla.aroundTheClock()));
	}

	/** Moves a due time later by the time a ticket spent waiting on the customer. */
	Instant extend(Priority priority, Instant due, Instant pausedAt, Instant resumedAt) {
		var aroundTheClock = targets.of(priority).aroundTheClock();
		var paused = aroundTheClock ? Duration.between(pausedAt, resumedAt)
				: calendar.businessTimeBetween(pausedAt, resumedAt);
		return plus(due, paused, aroundTheClock);
	}

	BusinessCalendar calendar() {
		return calendar;
	}

	private Instant plus(Instant from, Duration amount, boolean aroundTheClock) {
		return aroundTheClock ? from.plus(amount) : calendar.plusBusinessTime(from, amount);
	}
}
