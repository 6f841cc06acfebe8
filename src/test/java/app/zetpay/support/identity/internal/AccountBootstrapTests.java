package app.zetpay.support.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The first admin's password on a first start: configured, or generated, logged and (embedded) kept in a file. */
@ExtendWith(OutputCaptureExtension.class)
class AccountBootstrapTests {

	final AgentAdministration administration = mock(AgentAdministration.class);
	final Agents agents = mock(Agents.class);

	@Test
	void aGeneratedPasswordIsLoggedOnceAndWrittenToTheFileTheReadmeReads(@TempDir Path directory,
			CapturedOutput output) throws IOException {
		var file = directory.resolve("data/first-admin-password");

		start(null, file.toString());

		var password = createdAdminPassword();
		assertThat(Files.readString(file).strip()).isEqualTo(password);
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(output.getAll()).contains("with the one-time password '" + password + "' (also written to " + file + ")");
	}

	@Test
	void withoutAFileAGeneratedPasswordIsOnlyLogged(@TempDir Path directory, CapturedOutput output) {
		start(null, "");

		assertThat(output.getAll()).contains("with the one-time password '" + createdAdminPassword() + "'. Sign in");
		assertThat(directory).isEmptyDirectory();
	}

	@Test
	void aConfiguredPasswordIsNeitherLoggedNorWritten(@TempDir Path directory, CapturedOutput output) {
		var file = directory.resolve("first-admin-password");

		start("configured-admin-password", file.toString());

		assertThat(createdAdminPassword()).isEqualTo("configured-admin-password");
		assertThat(file).doesNotExist();
		assertThat(output.getAll()).doesNotContain("configured-admin-password");
	}

	@Test
	void demoAgentsAreCreatedWithTheirPrecomputedHashesWithoutHashingAtTheStart() {
		when(agents.findByEmail(org.mockito.ArgumentMatchers.any())).thenReturn(java.util.Optional.empty());

		start("configured-admin-password", "", Map.of("support.identity.demo-agents.enabled", "true"));

		var created = ArgumentCaptor.forClass(AgentAdministration.NewAgent.class);
		var hashes = ArgumentCaptor.forClass(String.class);
		verify(administration, times(2)).createHashed(created.capture(), hashes.capture());
		assertThat(created.getAllValues()).extracting(agent -> agent.email().value())
			.containsExactlyInAnyOrderElementsOf(
					AccountBootstrap.DEMO_AGENTS.stream().map(AccountBootstrap.DemoAgent::email).toList());
		assertThat(hashes.getAllValues()).containsExactlyInAnyOrderElementsOf(
				AccountBootstrap.DEMO_AGENTS.stream().map(AccountBootstrap.DemoAgent::passwordHash).toList());
		// Only the first admin's password is hashed here.
		verify(administration, times(1)).create(org.mockito.ArgumentMatchers.any());
	}

	private void start(@Nullable String password, String passwordFile) {
		start(password, passwordFile, Map.of());
	}

	private void start(@Nullable String password, String passwordFile, Map<String, String> more) {
		var values = new HashMap<String, String>(more);
		if (password != null) {
			values.put("support.admin.password", password);
		}
		values.put("support.admin.password-file", passwordFile);
		var binder = new Binder(new MapConfigurationPropertySource(values));
		when(agents.countEnabledAdmins()).thenReturn(0L);
		new AccountBootstrap(administration, agents,
				binder.bindOrCreate("support.admin", Bindable.of(AdminProperties.class)),
				binder.bindOrCreate("support.identity", Bindable.of(IdentityProperties.class)))
			.run(new DefaultApplicationArguments());
	}

	private String createdAdminPassword() {
		var created = ArgumentCaptor.forClass(AgentAdministration.NewAgent.class);
		verify(administration).create(created.capture());
		return created.getValue().password().value();
	}
}
