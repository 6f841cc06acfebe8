package app.zetpay.support.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishGlossTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			paise kat gaye par payment fail        | money debited deducted payment failed
			पैसे कट गए लेकिन पेमेंट फेल हो गया        | money debited deducted payment failed
			refund kab aayega                      | refund when received
			रिफंड कब आएगा                           | refund when received
			UPI PIN bhool gaya                     | upi pin forgot
			यूपीआई पिन भूल गया                       | upi pin forgot
			pymnt fail but paisa kat gya plz chk   | payment failed but money debited deducted chk
			otp nhi aaya                           | otp not received
			मेरे साथ धोखाधड़ी हुई है                   | fraud scam
			डबल डेबिट हो गया                         | twice double charged debited
			यह पेमेंट मैंने नहीं किया                   | payment i did not make unauthorised
			""")
	void glossesHindiInEitherScriptInTheSameEnglish(String hindi, String english) {
		assertThat(EnglishGloss.of(hindi)).isEqualTo(english);
	}
}
