package app.zetpay.support.liveview.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.agents.RoutingFloor;
import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.Team;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.identity.Teams;
import app.zetpay.support.shared.ProblemException;

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

	/** Null fields stay as they are; an empty description clears it. */
	record RenameTeamRequest(@Nullable @Size(min = 1, max = 80) String displayName,
			@Nullable @Size(max = 500) String description) {
	}

	record CreateTeamRequest(@NotBlank @Size(max = 40) String name, @NotBlank @Size(max = 80) String displayName,
			@Nullable @Size(max = 500) String description) {
	}

	@GetMapping
	@Operation(summary = "Every team, with its members, open chats and queue")
	List<TeamView> list() {
		return views(teams.all());
	}

	private List<TeamView> views(List<Team> registered) {
		var accounts = directory.findAll().stream().filter(AgentAccount::enabled).toList();
		var open = floor.assignedByTeam();
		var waiting = floor.waiting();
		return registered.stream().map(team -> {
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

	@PatchMapping("/{name}")
	@Operation(summary = "Rename a team: its display name and description", description = "The name is the key "
			+ "accounts, chats, tickets, canned responses, reports and bot rules hold, so it stays and they all stay "
			+ "the team's; 404 for an unknown team.")
	TeamView rename(@PathVariable String name, @Valid @RequestBody RenameTeamRequest request) {
		var renamed = teams.rename(teamName(name), request.displayName(), request.description());
		return views(List.of(renamed)).getFirst();
	}

	@DeleteMapping("/{name}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a team nothing uses", description = "409 team-in-use, with `uses` (what and how "
			+ "many: members, open conversations, open tickets, team canned responses, the bot's urgent team) "
			+ "while anything still does. Closed chats, tickets and reports keep the name.")
	void delete(@PathVariable String name) {
		teams.delete(teamName(name));
	}

	/** A malformed name in the path is no team at all. */
	private static TeamName teamName(String name) {
		try {
			return new TeamName(name);
		}
		catch (ProblemException invalid) {
			throw ProblemException.notFound("Team " + name);
		}
	}
}
