package app.zetpay.support.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.zetpay.support.chat.QuickReply;
import app.zetpay.support.language.Language;

class BotTextsTests {

	@Test
	void everyTextTheBotHasInEnglishItHasInHindiAndNoOther() {
		var english = BotTexts.in(Language.ENGLISH).texts().keySet();
		var hindi = BotTexts.in(Language.HINDI).texts().keySet();

		assertThat(hindi).isEqualTo(english);
		// Hindi is written in Devanagari (a blank is allowed: nothing to add in that language).
		BotTexts.in(Language.HINDI).texts().forEach((key, text) -> assertThat(text.isBlank()
				|| text.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F) || text.matches("[\\s·{}0-9\\\\n]*"))
			.as(key).isTrue());
	}

	@Test
	void hinglishIsAnsweredInEnglishTextsNotAThirdCatalogue() {
		assertThat(BotTexts.in(Language.HINGLISH)).isSameAs(BotTexts.in(Language.ENGLISH));
	}

	@Test
	void fillsTheBlanksAndRefusesAKeyItDoesNotHave() {
		assertThat(BotTexts.in(Language.HINDI).get("flow.ticket-raised", "SPT-2026-000042"))
			.isEqualTo("मैंने आपके लिए टिकट SPT-2026-000042 बना दिया है");
		assertThat(BotTexts.in(Language.ENGLISH).get("greeting", "Hi.")).startsWith("Hi. Tell me in a few words")
			.doesNotContain("{");
		assertThatIllegalArgumentException().isThrownBy(() -> BotTexts.in(Language.HINDI).get("no.such.text"));
	}

	@Test
	void aQuickReplyTappedInHindiReadsAsItsEnglishTwin() {
		var hindi = BotTexts.in(Language.HINDI).starters();

		assertThat(hindi).extracting(QuickReply::label)
			.containsExactly("पेमेंट फ़ेल, पर पैसे कट गए", "मेरा रिफ़ंड कहाँ है?", "किसी व्यक्ति से बात करें");
		assertThat(hindi).extracting(reply -> BotTexts.neutral(reply.reply()))
			.containsExactly("Payment failed but money debited", "Where is my refund?", "Talk to a person");
		assertThat(BotTexts.neutral(" हाँ, हल हो गया ")).isEqualTo("That solved it");
		// Anything else the customer writes is theirs, as written.
		assertThat(BotTexts.neutral("मेरा रिफ़ंड कब आएगा")).isEqualTo("मेरा रिफ़ंड कब आएगा");
	}

	@ParameterizedTest(name = "writes {0}, chose {1}, last wrote {2} → answered in {3}")
	@CsvSource(nullValues = "-", value = {
			// Devanagari is answered in Hindi, whatever the app is in.
			"HINDI, -, -, HINDI", "HINDI, ENGLISH, -, HINDI",
			// Hinglish: as the customer chose, else in the script they wrote in.
			"HINGLISH, HINDI, -, HINDI", "HINGLISH, ENGLISH, -, ENGLISH", "HINGLISH, -, HINDI, ENGLISH",
			"ENGLISH, HINDI, -, HINDI", "ENGLISH, -, -, ENGLISH",
			// Speaking first (greeting, hand-back): the choice, else what they last wrote in.
			"-, -, -, ENGLISH", "-, HINDI, -, HINDI", "-, -, HINDI, HINDI", "-, -, HINGLISH, ENGLISH" })
	void answersInTheLanguageTheRuleSays(Language message, Language preferred, Language lastDetected, Language answer) {
		assertThat(BotSession.replyLanguage(message, preferred, lastDetected)).isEqualTo(answer);
	}
}
