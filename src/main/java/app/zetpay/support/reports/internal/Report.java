package app.zetpay.support.reports.internal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Every report for one filter. Durations are in seconds (between times cut to the whole second); medians and 90th percentiles are
 * interpolated (PERCENTILE_CONT), null where there is nothing to measure.
 */
public record Report(ReportFilter filter, Volume volume, Times times, Sla sla, Csat csat, Bot bot,
		List<HeatCell> heatMap, List<AgentRow> agents) {

	/** Contacts opened (created in the range) and closed (closed in the range), in all and per IST day. */
	@Schema(name = "ReportVolume")
	public record Volume(long opened, long closed, List<Day> days) {

		@Schema(name = "ReportVolumeDay")
		public record Day(LocalDate day, long opened, long closed) {
		}
	}

	/**
	 * First response (from when a person was asked for to their first message; for tickets from
	 * creation to the first reply) of contacts opened in the range, and resolution (creation to close)
	 * of contacts closed in the range, in all and per IST day.
	 */
	@Schema(name = "ReportTimes")
	public record Times(Stat firstResponse, Stat resolution, List<Day> days) {

		@Schema(name = "ReportTimesDay")
		public record Day(LocalDate day, Stat firstResponse, Stat resolution) {
		}
	}

	/** How many durations were measured, their median and their 90th percentile, in seconds. */
	@Schema(name = "ReportStat")
	public record Stat(long count, @Nullable Double median, @Nullable Double p90) {

		static final Stat NONE = new Stat(0, null, null);
	}

	/** Tickets opened in the range against their first-response and resolution targets. */
	@Schema(name = "ReportSla")
	public record Sla(long tickets, Target firstResponse, Target resolution) {

		/** Met: done in time; breached: late (done or not); pending: not done and not late yet. */
		@Schema(name = "ReportSlaTarget")
		public record Target(long met, long breached, long pending) {
		}
	}

	/** Ratings given in the range: their average and how many of each score, 1 to 5. */
	@Schema(name = "ReportCsat")
	public record Csat(long ratings, @Nullable Double average, List<Score> distribution) {

		@Schema(name = "ReportCsatScore")
		public record Score(int rating, long count) {
		}
	}

	/**
	 * Chats opened in the range that the bot answered first; contained: closed without a person ever
	 * being asked for; handovers: by the bot's cause.
	 */
	@Schema(name = "ReportBot")
	public record Bot(long botTook, long contained, @Nullable Double containmentRate, List<Handovers> handovers) {

		@Schema(name = "ReportHandovers")
		public record Handovers(String cause, long count) {
		}
	}

	/** Contacts opened in the range in one IST hour of one weekday (1 Monday … 7 Sunday). */
	@Schema(name = "ReportHeatCell")
	public record HeatCell(int weekday, int hour, long opened) {
	}

	/**
	 * One agent: contacts they hold that were opened in the range, their median first response and
	 * (of those closed in the range) resolution, the ratings of their contacts, and their time ONLINE.
	 */
	@Schema(name = "ReportAgentRow")
	public record AgentRow(String agentId, String name, long handled, @Nullable Double medianFirstResponse,
			@Nullable Double medianResolution, @Nullable Double csatAverage, long ratings, long secondsOnline) {
	}
}
