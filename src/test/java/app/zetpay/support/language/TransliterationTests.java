package app.zetpay.support.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			पैसे कट गए         | paise kat gae
			रिफंड कब आएगा       | riphand kab aaegaa
			पेमेंट फेल          | pement phel
			करना              | karnaa
			यूपीआई पिन भूल गया  | yoopeeaaee pin bhool gayaa
			ब्लॉक             | blok
			निकले             | nikle
			बदलना             | badalnaa
			ज़ेट पे ५०० रुपये    | zet pe 500 rupye
			न                 | na
			UPI पिन           | UPI pin
			""")
	void spellsDevanagariTheWayHinglishWritersDo(String devanagari, String latin) {
		assertThat(Transliteration.toLatin(devanagari)).isEqualTo(latin);
	}
}
