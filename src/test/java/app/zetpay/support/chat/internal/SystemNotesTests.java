package app.zetpay.support.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.zetpay.support.chat.CustomerLanguage;
import app.zetpay.support.language.Language;

class SystemNotesTests {

	@Test
	void theCustomersChoiceWinsElseTheScriptTheyLastWroteIn() {
		assertThat(SystemNotes.in(new CustomerLanguage(Language.ENGLISH, Language.HINDI)).hindi()).isTrue();
		assertThat(SystemNotes.in(new CustomerLanguage(Language.HINDI, Language.ENGLISH)).hindi()).isFalse();
		assertThat(SystemNotes.in(new CustomerLanguage(Language.HINDI, null)).hindi()).isTrue();
		// A Hinglish writer reads Roman letters: English, as the bot answers them without a choice.
		assertThat(SystemNotes.in(new CustomerLanguage(Language.HINGLISH, null)).hindi()).isFalse();
		assertThat(SystemNotes.in(CustomerLanguage.UNKNOWN).hindi()).isFalse();
	}

	@Test
	void everyNoteSaysTheSameInBothLanguages() {
		var english = new SystemNotes(false);
		var hindi = new SystemNotes(true);

		assertThat(english.joined("Meera")).isEqualTo("Meera joined the chat.");
		assertThat(hindi.joined("Meera")).isEqualTo("Meera चैट में जुड़ गए हैं।");
		assertThat(english.passedOn("Ravi", "cards")).isEqualTo(
				"Ravi passed your chat to our cards team. Someone will be with you shortly.");
		assertThat(hindi.passedOn("Ravi", "cards")).isEqualTo(
				"Ravi ने आपकी चैट हमारी cards टीम को दे दी है। कोई जल्द ही आपसे बात करेगा।");
		assertThat(hindi.passedOn("Ravi", null)).contains("दूसरे एजेंट को");
		assertThat(english.customerEnded("Sunita")).isEqualTo("Sunita ended the chat.");
		assertThat(hindi.customerEnded("Sunita")).isEqualTo("Sunita ने चैट बंद कर दी।");
		for (var note : new String[] { hindi.nowChattingWith("A"), hindi.agentUnavailable("A"), hindi.resolved("A"),
				hindi.handedBack("A") }) {
			assertThat(note).startsWith(note.startsWith("अब") ? "अब आप A" : "A").containsPattern("[\\u0900-\\u097F]");
		}
		assertThat(english.handedBack("A")).isEqualTo("A handed the chat back to the Zet Pay Assistant. Ask for a person at any time.");
	}
}
