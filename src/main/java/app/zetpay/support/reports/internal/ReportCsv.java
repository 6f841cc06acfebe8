package app.zetpay.support.reports.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every table of the reports as CSV (RFC 4180): a header row, the same rows and numbers as the JSON,
 * CRLF line ends, fields quoted when they hold a comma, quote or line break. Text that a spreadsheet
 * would run as a formula ({@code = + - @}) is prefixed with an apostrophe.
 */
@Component
public class ReportCsv {

	/** The tables that can be exported, by the name in their URL. */
	public enum Table {
		VOLUME, RESPONSE_TIMES, SLA, CSAT, BOT, HANDOVERS, HEATMAP, AGENTS;

		public String slug() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Optional<Table> ofSlug(String slug) {
			return Arrays.stream(values()).filter(t -> t.slug().equals(slug)).findFirst();
		}
	}

	private final Reports reports;

	ReportCsv(Reports reports) {
		this.reports = reports;
	}

	public String filename(Table table, ReportFilter filter) {
		return "zetpay-" + table.slug() + "-" + filter.from() + "-to-" + filter.to() + ".csv";
	}

	public String csv(Table table, ReportFilter filter) {
		var rows = new ArrayList<List<?>>();
		switch (table) {
			case VOLUME -> {
				rows.add(List.of("day", "opened", "closed"));
				reports.volume(filter).days().forEach(d -> rows.add(List.of(d.day(), d.opened(), d.closed())));
			}
			case RESPONSE_TIMES -> {
				rows.add(List.of("day", "first_response_count", "first_response_median_s", "first_response_p90_s",
						"resolution_count", "resolution_median_s", "resolution_p90_s"));
				reports.times(filter).days().forEach(d -> rows.add(row(d.day(), d.firstResponse().count(),
						d.firstResponse().median(), d.firstResponse().p90(), d.resolution().count(),
						d.resolution().median(), d.resolution().p90())));
			}
			case SLA -> {
				var sla = reports.sla(filter);
				rows.add(List.of("target", "met", "breached", "pending"));
				rows.add(List.of("first_response", sla.firstResponse().met(), sla.firstResponse().breached(),
						sla.firstResponse().pending()));
				rows.add(List.of("resolution", sla.resolution().met(), sla.resolution().breached(),
						sla.resolution().pending()));
			}
			case CSAT -> {
				rows.add(List.of("rating", "count"));
				reports.csat(filter).distribution().forEach(s -> rows.add(List.of(s.rating(), s.count())));
			}
			case BOT -> {
				var bot = reports.bot(filter);
				rows.add(List.of("bot_took", "contained", "containment_rate"));
				rows.add(row(bot.botTook(), bot.contained(), bot.containmentRate()));
			}
			case HANDOVERS -> {
				rows.add(List.of("cause", "count"));
				reports.bot(filter).handovers().forEach(h -> rows.add(List.of(h.cause(), h.count())));
			}
			case HEATMAP -> {
				rows.add(List.of("weekday", "hour", "opened"));
				reports.heatMap(filter).forEach(c -> rows.add(List.of(c.weekday(), c.hour(), c.opened())));
			}
			case AGENTS -> {
				rows.add(List.of("agent_id", "name", "handled", "median_first_response_s", "median_resolution_s",
						"csat_average", "ratings", "seconds_online"));
				reports.agents(filter).forEach(a -> rows.add(row(a.agentId(), a.name(), a.handled(),
						a.medianFirstResponse(), a.medianResolution(), a.csatAverage(), a.ratings(), a.secondsOnline())));
			}
		}
		return rows.stream().map(r -> r.stream().map(ReportCsv::field).collect(Collectors.joining(",")))
				.collect(Collectors.joining("\r\n", "", "\r\n"));
	}

	/** A row that may hold nulls (List.of refuses them): an empty field. */
	private static List<?> row(@Nullable Object... values) {
		return Arrays.asList(values);
	}

	static String field(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
		}
		if (value instanceof Number) {
			return value.toString();
		}
		var text = value.toString();
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
