package app.zetpay.support.cobrowse.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.cobrowse.internal.CobrowseAudit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The co-browsing audit for supervisors and admins: the sessions' metadata, never the page. */
@RestController
@RequestMapping("/api/cobrowse/sessions")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
@Validated
@Tag(name = "Co-browsing")
class CobrowseAuditController {

	private final CobrowseAudit audit;

	CobrowseAuditController(CobrowseAudit audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "Co-browsing sessions, newest first: who, when, how long, consent and end",
			description = "from and to are IST days (YYYY-MM-DD, both included; default the last 7 days, at most 366);"
					+ " agentId narrows to one agent. A bad filter is a 400.")
	CobrowseAudit.SessionPage list(@RequestParam(required = false) @Nullable String agentId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return audit.list(agentId, from, to, page, size);
	}
}
