package app.zetpay.support.agents.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.agents.Availability;
import app.zetpay.support.agents.QueueLabels;
import app.zetpay.support.agents.Routing;
import app.zetpay.support.agents.internal.AgentDesk;
import app.zetpay.support.agents.internal.Colleagues;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The agent console's routing routes. Staff only. */
@RestController
@RequestMapping("/api/agents")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMIN')")
@Tag(name = "Agent desk")
class AgentDeskController {

	private final AgentDesk desk;
	private final Routing routing;
	private final QueueLabels labels;
	private final Colleagues colleagues;

	AgentDeskController(AgentDesk desk, Routing routing, QueueLabels labels, Colleagues colleagues) {
		this.desk = desk;
		this.routing = routing;
		this.labels = labels;
		this.colleagues = colleagues;
	}

	/** A waiting conversation in the queue list, with the labels staff put on it. */
	record QueueEntry(String conversationId, @Nullable String team, int position, long expectedWaitSeconds,
			int agentsOnline, List<String> labels) {
	}

	record AvailabilityRequest(@NotNull Availability availability) {
	}

	record TransferRequest(@Nullable String toAgentId, @Nullable String toTeam, @Nullable @Size(max = 1000) String note) {
	}

	@GetMapping("/me")
	@Operation(summary = "My availability, connection, load and capacity")
	AgentDesk.DeskStatus me(@AuthenticationPrincipal Caller.Staff agent) {
		return desk.status(agent);
	}

	@GetMapping("/colleagues")
	@Operation(summary = "Staff I may mention or transfer to, by name: handle, status, load and capacity, teams",
			description = "Enabled agents and supervisors; canTakeChats is false for those a chat cannot be "
					+ "transferred to (no AGENT role); me marks the caller.")
	List<Colleagues.Colleague> colleagues(@AuthenticationPrincipal Caller.Staff agent) {
		return colleagues.of(agent);
	}

	@PutMapping("/me/availability")
	@Operation(summary = "Set ONLINE, AWAY or OFFLINE; only ONLINE agents with an open socket get chats")
	AgentDesk.DeskStatus availability(@Valid @RequestBody AvailabilityRequest request,
			@AuthenticationPrincipal Caller.Staff agent) {
		return desk.setAvailability(agent, request.availability());
	}

	@GetMapping("/queue")
	@Operation(summary = "Waiting conversations I could take, first in line first (supervisors: all)")
	List<QueueEntry> queue(@AuthenticationPrincipal Caller.Staff agent) {
		var everything = agent.hasRole(Role.SUPERVISOR) || agent.hasRole(Role.ADMIN);
		var waiting = routing.queue().stream()
				.filter(p -> everything || p.team() == null || agent.teams().contains(new TeamName(p.team())))
				.toList();
		var byChat = labels.of(waiting.stream().map(Routing.QueuePosition::conversationId).toList());
		return waiting.stream().map(p -> new QueueEntry(p.conversationId(), p.team(), p.position(),
				p.expectedWaitSeconds(), p.agentsOnline(), byChat.getOrDefault(p.conversationId(), List.of()))).toList();
	}

	@PostMapping("/queue/{conversationId}/pick")
	@ResponseStatus(HttpStatus.OK)
	@Operation(summary = "Take a waiting conversation myself (within my capacity)")
	Map<String, String> pick(@PathVariable String conversationId, @AuthenticationPrincipal Caller.Staff agent) {
		desk.pick(agent, conversationId);
		return Map.of("conversationId", conversationId, "agentId", agent.id());
	}

	@PostMapping("/conversations/{conversationId}/transfer")
	@Operation(summary = "Hand a conversation to another agent or back to a team's queue, with a note")
	Map<String, String> transfer(@PathVariable String conversationId, @Valid @RequestBody TransferRequest request,
			@AuthenticationPrincipal Caller.Staff agent) {
		desk.transfer(agent, conversationId, request.toAgentId(), request.toTeam(), request.note());
		return Map.of("conversationId", conversationId);
	}
}
