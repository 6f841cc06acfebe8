package app.zetpay.support.chat.internal;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.chat.BotChannel;
import app.zetpay.support.chat.CustomerLanguage;
import app.zetpay.support.language.Language;

/**
 * The chat's own notes to its customer (an agent joined, the chat was passed on or ended), in the
 * customer's language: Hindi when they chose it in the app, or, with no choice, when they last wrote
 * in Devanagari; otherwise English (a Hinglish writer reads Roman letters, as the bot's rule has it,
 * decision 0045). Stored as written, so the agent's copy of the timeline shows what the customer was told.
 */
record SystemNotes(boolean hindi) {

	static SystemNotes in(CustomerLanguage language) {
		var preferred = language.preferred();
		return new SystemNotes(preferred != null ? preferred == Language.HINDI : language.detected() == Language.HINDI);
	}

	String joined(String agent) {
		return hindi ? agent + " चैट में जुड़ गए हैं।" : agent + " joined the chat.";
	}

	String nowChattingWith(String agent) {
		return hindi ? "अब आप " + agent + " से बात कर रहे हैं।" : "You are now chatting with " + agent + ".";
	}

	String passedOn(String by, @Nullable String team) {
		if (hindi) {
			return by + " ने आपकी चैट " + (team == null ? "दूसरे एजेंट" : "हमारी " + team + " टीम")
					+ " को दे दी है। कोई जल्द ही आपसे बात करेगा।";
		}
		return by + " passed your chat to " + (team == null ? "another agent" : "our " + team + " team")
				+ ". Someone will be with you shortly.";
	}

	String agentUnavailable(String agent) {
		return hindi ? agent + " अब उपलब्ध नहीं हैं, इसलिए आपकी चैट फिर से कतार में है। कोई जल्द ही आपसे बात करेगा।"
				: agent + " is no longer available, so your chat is back in the queue. Someone will be with you shortly.";
	}

	String customerEnded(String customer) {
		return hindi ? customer + " ने चैट बंद कर दी।" : customer + " ended the chat.";
	}

	String resolved(String agent) {
		return hindi ? agent + " ने चैट को हल हो गई बताकर बंद कर दिया।" : agent + " marked the chat as resolved.";
	}

	String handedBack(String agent) {
		return hindi ? agent + " ने चैट वापस " + BotChannel.BOT_NAME + " को दे दी है। आप कभी भी किसी व्यक्ति से बात करने के लिए कह सकते हैं।"
				: agent + " handed the chat back to the " + BotChannel.BOT_NAME + ". Ask for a person at any time.";
	}
}
