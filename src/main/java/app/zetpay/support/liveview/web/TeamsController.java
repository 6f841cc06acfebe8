package app.zetpay.support.liveview.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.agents.RoutingFloor;
import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.Team;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.identity.Teams;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The team registry with each team's numbers. Supervisors and admins ({@code /api/team/**}). */
@RestController
@RequestMapping("/api/team/teams")
@Tag(name = "Team: teams")
class TeamsController {

	private final Teams teams;
	private final AgentDirectory directory;
	private final RoutingFloor floor;

	TeamsController(Teams teams, AgentDirectory directory, RoutingFloor floor) {
		this.teams = teams;
		this.directory = directory;
		this.floor = floor;
	}

	/** @param members enabled accounts in the team; {@code openChats} assigned, {@code queued} waiting */
	record TeamView(String name, String displayName, @Nullable String description, int members, int openChats,
			int queued) {
	}

	record CreateTeamRequest(@NotBlank @Size(max = 40) String name, @NotBlank @Size(max = 80) String displayName,
			@Nullable @Size(max = 500) String description) {
	}

	@GetMapping
	@Operation(summary = "Every team, with its members, open chats and queue")
	List<TeamView> list() {
		var accounts = directory.findAll().stream().filter(AgentAccount::enabled).toList();
		var open = floor.assignedByTeam();
		var waiting = floor.waiting();
		return teams.all().stream().map(team -> {
			var name = team.name().value();
			var members = (int) accounts.stream().filter(a -> a.teams().contains(team.name())).count();
			var queued = (int) waiting.stream().filter(w -> name.equals(w.team())).count();
			return new TeamView(name, team.displayName(), team.description(), members, open.getOrDefault(name, 0),
					queued);
		}).toList();
	}

	@PostMapping
	@Operation(summary = "Create a team before anyone is in it")
	ResponseEntity<TeamView> create(@Valid @RequestBody CreateTeamRequest request) {
		Team team = teams.create(new TeamName(request.name()), request.displayName(), request.description());
		return ResponseEntity.created(URI.create("/api/team/teams/" + team.name().value()))
				.body(new TeamView(team.name().value(), team.displayName(), team.description(), 0, 0, 0));
	}
}
