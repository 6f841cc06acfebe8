package app.zetpay.support.tickets.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.tickets.Priority;
import app.zetpay.support.tickets.internal.SlaTargets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * SLA targets per priority: supervisors read them on the settings page ({@code /api/team/**}),
 * admins change them ({@code /api/admin/**}); the route rules hold both. Minutes on the wire.
 */
@RestController
@Tag(name = "SLA targets")
class SlaTargetController {

	private final SlaTargets targets;

	SlaTargetController(SlaTargets targets) {
		this.targets = targets;
	}

	record SlaTargetView(Priority priority, long firstResponseMinutes, long resolutionMinutes, boolean aroundTheClock,
			boolean customised, @Nullable Instant updatedAt) {

		static SlaTargetView of(SlaTargets.Target target) {
			return new SlaTargetView(target.priority(), target.firstResponse().toMinutes(),
					target.resolution().toMinutes(), target.aroundTheClock(), target.customised(), target.updatedAt());
		}
	}

	record SlaTargetRequest(@NotNull Long firstResponseMinutes, @NotNull Long resolutionMinutes,
			@Nullable Boolean aroundTheClock) {
	}

	@GetMapping("/api/team/sla-targets")
	@Operation(summary = "First-response and resolution targets per priority (saved, or the configured defaults)")
	List<SlaTargetView> list() {
		return targets.all().stream().map(SlaTargetView::of).toList();
	}

	@PutMapping("/api/admin/sla-targets/{priority}")
	@Operation(summary = "Change a priority's targets; tickets created from now on get them")
	SlaTargetView save(@PathVariable Priority priority, @Valid @RequestBody SlaTargetRequest request,
			@AuthenticationPrincipal Caller.Staff admin) {
		return SlaTargetView.of(targets.save(priority, minutes(request.firstResponseMinutes()),
				minutes(request.resolutionMinutes()), request.aroundTheClock(), admin.id()));
	}

	private static Duration minutes(long value) {
		// Bounds are checked by SlaTargets (400 with the field); this only keeps the conversion safe.
		return Duration.ofMinutes(Math.max(-1, Math.min(value, Duration.ofDays(3650).toMinutes())));
	}
}
