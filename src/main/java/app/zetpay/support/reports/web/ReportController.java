package app.zetpay.support.reports.web;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.reports.internal.Report;
import app.zetpay.support.reports.internal.ReportCsv;
import app.zetpay.support.reports.internal.ReportFilter;
import app.zetpay.support.reports.internal.Reports;
import app.zetpay.support.shared.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The reports for supervisors and admins, as JSON (all at once) or one table as CSV. */
@RestController
@RequestMapping("/api/reports")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
@Tag(name = "Reports")
class ReportController {

	private static final String FILTERS = "Filters: from and to are IST days (YYYY-MM-DD, both included, at most "
			+ "366 days; default the last 7 days), team, agentId, channel (CHAT, TICKET_FORM, TICKET_FROM_CHAT, "
			+ "PAYMENT_INCIDENT, TICKET_BY_AGENT). A bad filter is a 400.";

	private final Reports reports;
	private final ReportCsv csv;

	ReportController(Reports reports, ReportCsv csv) {
		this.reports = reports;
		this.csv = csv;
	}

	@GetMapping
	@Operation(summary = "Every report for the range and filters", description = FILTERS)
	Report all(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String agentId,
			@RequestParam(required = false) @Nullable String channel) {
		return reports.all(ReportFilter.parse(from, to, team, agentId, channel, reports.today()));
	}

	@GetMapping(value = "/{table}.csv", produces = "text/csv")
	@Operation(summary = "One table of the reports as CSV, with a header row and a file name",
			description = FILTERS + " Tables: volume, response-times, sla, csat, bot, handovers, heatmap, agents.")
	ResponseEntity<String> csv(
			@Parameter(description = "volume, response-times, sla, csat, bot, handovers, heatmap or agents") @PathVariable String table,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String agentId,
			@RequestParam(required = false) @Nullable String channel) {
		var which = ReportCsv.Table.ofSlug(table).orElseThrow(() -> ProblemException.notFound("Report table"));
		var filter = ReportFilter.parse(from, to, team, agentId, channel, reports.today());
		return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(csv.filename(which, filter)).build().toString())
				.body(csv.csv(which, filter));
	}
}
