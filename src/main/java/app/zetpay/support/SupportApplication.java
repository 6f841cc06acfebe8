package app.zetpay.support;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import app.zetpay.support.bot.BotCommands;

/**
 * Zet Pay Support: live chat, tickets, help centre and triage bot for the Zet Pay app.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class SupportApplication {

	public static void main(String[] args) {
		// A command for the command line, run without a Spring context.
		if (BotCommands.handles(args)) {
			System.exit(BotCommands.run(args, System.out, System.err));
		}
		ExitOnTerm.install();
		SpringApplication.run(SupportApplication.class, args);
	}
}
