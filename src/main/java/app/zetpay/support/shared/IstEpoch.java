package app.zetpay.support.shared;

import java.time.Instant;

/**
 * The IST day and hour of the week of an instant, as integers: what the reports group contacts by,
 * worked out once when a contact is written (contact_fact, decision 0037) rather than per row per
 * report. IST is UTC+5:30 all year (India has no daylight saving time).
 */
public final class IstEpoch {

	/** IST's offset from UTC in seconds. */
	public static final int OFFSET_SECONDS = 19_800;

	private IstEpoch() {
	}

	/** The IST calendar day as days since 1970-01-01 (LocalDate's epoch day). */
	public static int day(Instant at) {
		return Math.toIntExact(Math.floorDiv(at.getEpochSecond() + OFFSET_SECONDS, 86_400L));
	}

	/**
	 * The IST hour of the week, 0 (Monday 00:00–01:00) to 167 (Sunday 23:00–24:00). 1970-01-01 was a
	 * Thursday: hour 0 of the epoch is hour 72 of its week.
	 */
	public static int hourOfWeek(Instant at) {
		return Math.toIntExact(Math.floorMod(Math.floorDiv(at.getEpochSecond() + OFFSET_SECONDS, 3_600L) + 72, 168L));
	}
}
