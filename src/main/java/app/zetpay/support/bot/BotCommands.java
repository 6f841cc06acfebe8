package app.zetpay.support.bot;

import java.io.PrintStream;
import java.util.List;

import app.zetpay.support.bot.intent.BotEvalCommand;

/** The bot's command-line tools, run by {@code main} without an application context. */
public final class BotCommands {

	private BotCommands() {
	}

	/** Whether the process arguments name one of these commands. */
	public static boolean handles(String[] args) {
		return args.length > 0 && args[0].equals(BotEvalCommand.NAME);
	}

	/** Runs the command named by the first argument; returns the process exit status. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return BotEvalCommand.main(List.of(args).subList(1, args.length), out, err);
	}
}
