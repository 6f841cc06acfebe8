package app.zetpay.support.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the reports for a filter from {@link ReportQueries}: zero-filled days, ratios, the agent table. */
@Service
public class Reports {

	private final ReportQueries queries;
	private final Clock clock;

	Reports(ReportQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/** Today in IST, the default end of a range. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ReportFilter.IST);
	}

	/**
	 * Every report at once, the sections side by side on virtual threads, each on its own pooled
	 * connection: the page waits for the slowest section rather than for the sum of all of them. No
	 * transaction spans them (it would pin one connection and so serialise the queries); each
	 * section reads committed data on its own, as the cards asked for one by one would.
	 */
	public Report all(ReportFilter filter) {
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			var volume = executor.submit(() -> volume(filter));
			var times = executor.submit(() -> times(filter));
			var sla = executor.submit(() -> queries.sla(filter));
			var csat = executor.submit(() -> csat(filter));
			var bot = executor.submit(() -> bot(filter));
			var heatMap = executor.submit(() -> heatMap(filter));
			var agents = executor.submit(() -> agents(filter));
			return new Report(filter, join(volume), join(times), join(sla), join(csat), join(bot), join(heatMap),
					join(agents));
		}
	}

	private static <T> T join(Future<T> section) {
		try {
			return section.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while building the reports", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	@Transactional(readOnly = true)
	public Report.Volume volume(ReportFilter filter) {
		var opened = queries.perDay(filter, ReportQueries.When.OPENED);
		var closed = queries.perDay(filter, ReportQueries.When.CLOSED);
		var days = new ArrayList<Report.Volume.Day>();
		for (var day = filter.from(); !day.isAfter(filter.to()); day = day.plusDays(1)) {
			var key = day.toEpochDay();
			days.add(new Report.Volume.Day(day, opened.getOrDefault(key, 0L), closed.getOrDefault(key, 0L)));
		}
		return new Report.Volume(sum(opened), sum(closed), days);
	}

	@Transactional(readOnly = true)
	public Report.Times times(ReportFilter filter) {
		var firstResponse = queries.firstResponse(filter);
		var resolution = queries.resolution(filter);
		var days = new ArrayList<Report.Times.Day>();
		for (var day = filter.from(); !day.isAfter(filter.to()); day = day.plusDays(1)) {
			var key = day.toEpochDay();
			days.add(new Report.Times.Day(day, rounded(firstResponse.getOrDefault(key, Report.Stat.NONE)),
					rounded(resolution.getOrDefault(key, Report.Stat.NONE))));
		}
		return new Report.Times(rounded(firstResponse.getOrDefault(-1L, Report.Stat.NONE)),
				rounded(resolution.getOrDefault(-1L, Report.Stat.NONE)), days);
	}

	@Transactional(readOnly = true)
	public Report.Sla sla(ReportFilter filter) {
		return queries.sla(filter);
	}

	@Transactional(readOnly = true)
	public Report.Csat csat(ReportFilter filter) {
		var counts = queries.ratings(filter);
		var scores = new ArrayList<Report.Csat.Score>();
		long ratings = 0;
		long total = 0;
		for (int rating = 1; rating <= 5; rating++) {
			var count = counts.getOrDefault(rating, 0L);
			scores.add(new Report.Csat.Score(rating, count));
			ratings += count;
			total += count * rating;
		}
		return new Report.Csat(ratings, ratings == 0 ? null : round((double) total / ratings, 100), scores);
	}

	@Transactional(readOnly = true)
	public Report.Bot bot(ReportFilter filter) {
		var containment = queries.containment(filter);
		var took = containment[0];
		var contained = containment[1];
		return new Report.Bot(took, contained, took == 0 ? null : round((double) contained / took, 10_000),
				queries.handovers(filter));
	}

	/** All 168 cells, Monday 00:00 first, zero where nothing was opened. */
	@Transactional(readOnly = true)
	public List<Report.HeatCell> heatMap(ReportFilter filter) {
		var counts = new HashMap<Integer, Long>();
		queries.heatMap(filter).forEach(c -> counts.put(c.weekday() * 24 + c.hour(), c.opened()));
		var cells = new ArrayList<Report.HeatCell>(7 * 24);
		for (int weekday = 1; weekday <= 7; weekday++) {
			for (int hour = 0; hour < 24; hour++) {
				cells.add(new Report.HeatCell(weekday, hour, counts.getOrDefault(weekday * 24 + hour, 0L)));
			}
		}
		return cells;
	}

	/** Agents who held a contact in the range or were online in it, busiest first. */
	@Transactional(readOnly = true)
	public List<Report.AgentRow> agents(ReportFilter filter) {
		var firstResponse = new HashMap<String, @Nullable Double>();
		var handled = queries.handledPerAgent(filter, firstResponse);
		var resolution = queries.resolutionPerAgent(filter);
		var ratings = queries.ratingsPerAgent(filter);
		var online = queries.secondsOnline(filter, clock.instant());
		var ids = new LinkedHashSet<String>();
		ids.addAll(handled.keySet());
		ids.addAll(resolution.keySet());
		ids.addAll(ratings.keySet());
		ids.addAll(online.keySet());
		var names = queries.names(ids);
		var rows = new ArrayList<Report.AgentRow>();
		for (var id : ids) {
			var rated = ratings.get(id);
			rows.add(new Report.AgentRow(id, names.getOrDefault(id, id), handled.containsKey(id) ? handled.get(id)[0] : 0,
					roundSeconds(firstResponse.get(id)), roundSeconds(resolution.get(id)),
					rated == null ? null : round(rated[0], 100), rated == null ? 0 : (long) rated[1],
					online.getOrDefault(id, 0L)));
		}
		rows.sort(Comparator.comparingLong(Report.AgentRow::handled).reversed().thenComparing(Report.AgentRow::name)
				.thenComparing(Report.AgentRow::agentId));
		return rows;
	}

	private static long sum(Map<Long, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Seconds to a tenth: sub-second precision means nothing to a person reading the report. */
	private static Report.Stat rounded(Report.Stat stat) {
		return new Report.Stat(stat.count(), roundSeconds(stat.median()), roundSeconds(stat.p90()));
	}

	private static @Nullable Double roundSeconds(@Nullable Double seconds) {
		return seconds == null ? null : round(seconds, 10);
	}

	private static double round(double value, int per) {
		return Math.round(value * per) / (double) per;
	}
}
