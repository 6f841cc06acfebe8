package app.zetpay.support.identity.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import app.zetpay.support.identity.EmailAddress;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.shared.LocalSecretFile;
import app.zetpay.support.shared.ProblemException;

/**
 * First start: creates the first admin when there is none, and in the embedded default the demo
 * agents the README signs in with. Safe to run on every start and on several nodes at once.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	/**
	 * The demo accounts; their sign-in is documented in the README. Their passwords are public, so
	 * their BCrypt hashes (cost 10, as the encoder makes them; a test holds each to its password) are
	 * constants: hashing them took a tenth of a first start's CPU (docs/decisions/0023).
	 */
	static final Set<DemoAgent> DEMO_AGENTS = Set.of(
			new DemoAgent("asha@demo.zetpay.app", "Asha Rao", "demo-agent-pass",
					"{bcrypt}$2a$10$tKECKvgCysqaY54X2gW1nuX7L8di3YD6aBkOCTsJZG43IXJi3Dj1O", EnumSet.of(Role.AGENT),
					Set.of("payments", "wallet")),
			new DemoAgent("vikram@demo.zetpay.app", "Vikram Singh", "demo-super-pass",
					"{bcrypt}$2a$10$8y0ZTFIIfyh5F3m3/CoLAurqxfZ9lI/qF.tlwlk5k7lHFRUoTXIOm",
					EnumSet.of(Role.AGENT, Role.SUPERVISOR), Set.of("payments", "cards")));

	private final AgentAdministration administration;
	private final Agents agents;
	private final AdminProperties admin;
	private final IdentityProperties properties;

	AccountBootstrap(AgentAdministration administration, Agents agents, AdminProperties admin,
			IdentityProperties properties) {
		this.administration = administration;
		this.agents = agents;
		this.admin = admin;
		this.properties = properties;
	}

	record DemoAgent(String email, String name, String password, String passwordHash, Set<Role> roles,
			Set<String> teams) {
	}

	@Override
	public void run(ApplicationArguments args) {
		createFirstAdmin();
		if (properties.demoAgents().enabled()) {
			DEMO_AGENTS.forEach(this::createDemoAgent);
		}
	}

	private void createFirstAdmin() {
		if (agents.countEnabledAdmins() > 0) {
			return;
		}
		var email = new EmailAddress(admin.email());
		var generated = admin.password() == null || admin.password().isBlank();
		var password = generated ? randomPassword() : admin.password();
		if (create(email, admin.name(), password, EnumSet.of(Role.ADMIN), Set.of())) {
			if (generated) {
				log.warn("Created the first admin {} with the one-time password '{}'{}. Sign in and change it, "
						+ "or set SUPPORT_ADMIN_EMAIL and SUPPORT_ADMIN_PASSWORD before the first start.", email,
						password, keep(password));
			}
			else {
				log.info("Created the first admin {} from SUPPORT_ADMIN_EMAIL", email);
			}
		}
	}

	/** Writes a generated password where the embedded default keeps it; says where, for the log. */
	private String keep(String password) {
		if (admin.passwordFile() == null || admin.passwordFile().isBlank()) {
			return "";
		}
		var file = new LocalSecretFile(Path.of(admin.passwordFile()));
		file.write(password);
		return " (also written to " + file.path() + ")";
	}

	private void createDemoAgent(DemoAgent demo) {
		var email = new EmailAddress(demo.email());
		if (agents.findByEmail(email).isEmpty()
				&& create(email, demo.name(), demo.password(), demo.passwordHash(), demo.roles(),
						Set.copyOf(demo.teams().stream().map(TeamName::new).toList()))) {
			log.info("Created demo agent {}", email);
		}
	}

	private boolean create(EmailAddress email, String name, String password, Set<Role> roles, Set<TeamName> teams) {
		return create(email, name, password, null, roles, teams);
	}

	/** {@code passwordHash}: the password's hash when it is known already, else null to hash it here. */
	private boolean create(EmailAddress email, String name, String password, @Nullable String passwordHash,
			Set<Role> roles, Set<TeamName> teams) {
		var agent = new AgentAdministration.NewAgent(email, name, new Password(password), roles, teams,
				AgentAdministration.DEFAULT_CAPACITY);
		try {
			if (passwordHash == null) {
				administration.create(agent);
			}
			else {
				administration.createHashed(agent, passwordHash);
			}
			return true;
		}
		catch (ProblemException taken) {
			// Another node created it a moment ago, or the email belongs to an existing account.
			return false;
		}
	}

	private static String randomPassword() {
		var random = new SecureRandom();
		var password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
