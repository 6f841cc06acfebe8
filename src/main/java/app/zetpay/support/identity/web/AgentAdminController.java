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
import jakarta.validation.constraints.NotNull;
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
import app.zetpay.support.identity.internal.AgentAdministration.NewAgent;
import app.zetpay.support.identity.internal.Password;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Admin API for local accounts. The route rules already require ADMIN for {@code /api/admin/**}. */
@RestController
@RequestMapping("/api/admin/agents")
@Tag(name = "Admin: agents")
class AgentAdminController {

	private final AgentAdministration administration;

	AgentAdminController(AgentAdministration administration) {
		this.administration = administration;
	}

	record CreateAgentRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 120) String name,
			@NotNull @Size(max = 200) String password, @NotEmpty Set<Role> roles, @Nullable Set<String> teams,
			@Nullable @Min(1) @Max(50) Integer maxConcurrentChats) {
	}

	record UpdateAgentRequest(@Nullable @Size(min = 1, max = 120) String name, @Nullable Set<Role> roles,
			@Nullable Set<String> teams, @Nullable @Min(1) @Max(50) Integer maxConcurrentChats,
			@Nullable @Size(max = 200) String password) {
	}

	@PostMapping
	@Operation(summary = "Create an agent, supervisor or admin account",
			description = "The password is one-time: the holder must choose their own at the first sign-in "
					+ "(403 password-change-required on everything else until then).")
	ResponseEntity<AgentView> create(@Valid @RequestBody CreateAgentRequest request) {
		var account = administration.createForSomeoneElse(new NewAgent(new EmailAddress(request.email()), request.name(),
				new Password(request.password()), EnumSet.copyOf(request.roles()), teams(request.teams()),
				request.maxConcurrentChats() == null ? AgentAdministration.DEFAULT_CAPACITY
						: request.maxConcurrentChats()));
		return ResponseEntity.created(URI.create("/api/admin/agents/" + account.id().value()))
				.body(AgentView.of(account));
	}

	@GetMapping
	@Operation(summary = "All accounts, enabled or not, by name")
	List<AgentView> list() {
		return administration.findAll().stream().map(AgentView::of).toList();
	}

	@GetMapping("/{id}")
	AgentView get(@PathVariable String id) {
		return AgentView.of(administration.require(agentId(id)));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change name, roles, teams, capacity or password; omitted fields stay",
			description = "A password set for someone else is one-time, as a reset's: their tokens stop working "
					+ "and they must choose their own at the next sign-in. One's own password is just changed.")
	AgentView update(@PathVariable String id, @Valid @RequestBody UpdateAgentRequest request,
			@AuthenticationPrincipal Caller.Staff admin) {
		var changes = new AgentChanges(request.name(),
				request.roles() == null ? null : request.roles().isEmpty() ? Set.of() : EnumSet.copyOf(request.roles()),
				request.teams() == null ? null : teams(request.teams()), request.maxConcurrentChats(),
				request.password() == null ? null : new Password(request.password()));
		return AgentView.of(administration.update(agentId(id), changes, admin));
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "Disable an account: its tokens stop working at once")
	AgentView disable(@PathVariable String id, @AuthenticationPrincipal Caller.Staff admin) {
		return AgentView.of(administration.setEnabled(agentId(id), false, admin));
	}

	@PostMapping("/{id}/enable")
	AgentView enable(@PathVariable String id, @AuthenticationPrincipal Caller.Staff admin) {
		return AgentView.of(administration.setEnabled(agentId(id), true, admin));
	}
}
