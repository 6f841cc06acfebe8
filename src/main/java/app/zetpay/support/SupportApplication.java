package app.zetpay.support;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import app.zetpay.support.bot.BotCommands;

/**
 * Zet Pay Support: live chat, tickets, help centre and triage bot for the Zet Pay app.
 * <p>
 * Auto-configurations for what the service never uses are excluded, in every profile: on two cores
 * a start spent ~1.4 s on configuration classes and their conditions, and each of these is classes
 * loaded, conditions evaluated and beans made for nothing. No Spring Data repositories, no
 * {@code Pageable} or {@code Sort} in the API (so neither Spring Data's web support nor springdoc's
 * converters for them), and the actuator's endpoints write JSON with Jackson 3 (Jackson 2 is only
 * on the class path for springdoc). The Redis-only ones go in the embedded default alone
 * ({@code spring.autoconfigure.exclude} in application.properties).
 */
@SpringBootApplication(excludeName = {
		"org.springframework.boot.data.autoconfigure.web.DataWebAutoConfiguration",
		"org.springframework.boot.data.autoconfigure.metrics.DataRepositoryMetricsAutoConfiguration",
		"org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration",
		"org.springdoc.core.configuration.SpringDocPageableConfiguration",
		"org.springdoc.core.configuration.SpringDocSortConfiguration" })
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class SupportApplication {

	private static final String WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

	public static void main(String[] args) {
		// A command for the command line, run without a Spring context.
		if (BotCommands.handles(args)) {
			System.exit(BotCommands.run(args, System.out, System.err));
		}
		ExitOnTerm.install();
		// Tomcat's WebSocket buffers, three per socket, 8 KB each by default and read once when its
		// classes load; chat frames are small and longer ones go in pieces (see chat.web.SocketMemory).
		if (System.getProperty(WEBSOCKET_BUFFER) == null) {
			System.setProperty(WEBSOCKET_BUFFER, "2048");
		}
		SpringApplication.run(SupportApplication.class, args);
	}
}
