package app.zetpay.support;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold, and the module documentation is written to target/spring-modulith-docs
 * on every run. It is not kept in git: Spring Modulith lists relations and listened-to events in
 * an order that changes from run to run, so a tracked copy was rewritten by every test run.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SupportApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
				.writeDocumentation();
	}
}
