package app.zetpay.support.identity.web;

import static app.zetpay.support.identity.web.AccountPaths.agentId;
import static app.zetpay.support.identity.web.AccountPaths.teams;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.EmailAddress;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.internal.AgentAdministration;
import app.zetpay.support.identity.internal.AgentAdministration.AgentChanges;
import app.zetpay.support.identity.internal.TeamAdministration;
import app.zetpay.support.identity.internal.TeamAdministration.WithOneTimePassword;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Accounts from the team page: supervisors and admins (the route rule for {@code /api/team/**});
 * what a supervisor may not do to an account is refused with 403 by {@code StaffPowers}.
 */
@RestController
@RequestMapping("/api/team/accounts")
@Tag(name = "Team: accounts")
class TeamAccountsController {

	private final AgentAdministration accounts;
	private final TeamAdministration team;

	TeamAccountsController(AgentAdministration accounts, TeamAdministration team) {
		this.accounts = accounts;
		this.team = team;
	}

	record InviteRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 120) String name,
			@NotEmpty Set<Role> roles, @Nullable Set<String> teams, @Nullable @Min(1) @Max(50) Integer maxConcurrentChats) {
	}

	record EditRequest(@Nullable @Size(min = 1, max = 120) String name, @Nullable Set<Role> roles,
			@Nullable Set<String> teams, @Nullable @Min(1) @Max(50) Integer maxConcurrentChats) {
	}

	/** Shown once: the password is not stored in clear and cannot be read again. */
	record OneTimePasswordView(AgentView account, String oneTimePassword) {

		static OneTimePasswordView of(WithOneTimePassword result) {
			return new OneTimePasswordView(AgentView.of(result.account()), result.oneTimePassword());
		}
	}

	@GetMapping
	@Operation(summary = "Every account, enabled or not, by name")
	List<AgentView> list() {
		return accounts.findAll().stream().map(AgentView::of).toList();
	}

	@PostMapping
	@Operation(summary = "Invite: create an account with a one-time password, returned once (no e-mail is sent)")
	ResponseEntity<OneTimePasswordView> invite(@Valid @RequestBody InviteRequest request,
			@AuthenticationPrincipal Caller.Staff actor) {
		var result = team.invite(actor, new EmailAddress(request.email()), request.name(),
				EnumSet.copyOf(request.roles()), teams(request.teams()),
				request.maxConcurrentChats() == null ? AgentAdministration.DEFAULT_CAPACITY
						: request.maxConcurrentChats());
		return ResponseEntity.created(URI.create("/api/team/accounts/" + result.account().id().value()))
				.body(OneTimePasswordView.of(result));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change name, roles, teams or capacity; omitted fields stay")
	AgentView edit(@PathVariable String id, @Valid @RequestBody EditRequest request,
			@AuthenticationPrincipal Caller.Staff actor) {
		var changes = new AgentChanges(request.name(),
				request.roles() == null ? null : request.roles().isEmpty() ? Set.of() : EnumSet.copyOf(request.roles()),
				request.teams() == null ? null : teams(request.teams()), request.maxConcurrentChats(), null);
		return AgentView.of(team.update(actor, agentId(id), changes));
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "Disable an account: its tokens stop working at once")
	AgentView disable(@PathVariable String id, @AuthenticationPrincipal Caller.Staff actor) {
		return AgentView.of(team.setEnabled(actor, agentId(id), false));
	}

	@PostMapping("/{id}/enable")
	AgentView enable(@PathVariable String id, @AuthenticationPrincipal Caller.Staff actor) {
		return AgentView.of(team.setEnabled(actor, agentId(id), true));
	}

	@PostMapping("/{id}/reset-password")
	@Operation(summary = "A new one-time password, returned once; the account's tokens stop working")
	OneTimePasswordView resetPassword(@PathVariable String id, @AuthenticationPrincipal Caller.Staff actor) {
		return OneTimePasswordView.of(team.resetPassword(actor, agentId(id)));
	}
}
