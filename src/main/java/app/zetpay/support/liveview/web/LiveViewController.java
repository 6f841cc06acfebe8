package app.zetpay.support.liveview.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.liveview.LiveView;
import app.zetpay.support.liveview.internal.LiveViews;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The live view's snapshot; changes follow as {@code live_view} frames. Supervisors and admins ({@code /api/team/**}). */
@RestController
@Tag(name = "Team: live view")
class LiveViewController {

	private final LiveViews views;

	LiveViewController(LiveViews views) {
		this.views = views;
	}

	@GetMapping("/api/team/live")
	@Operation(summary = "Queues, agents and near-breach chats and tickets now; live_view frames carry the same")
	LiveView now() {
		return views.now();
	}
}
