package app.zetpay.support.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.zetpay.support.masking.SensitiveData.Kind;

/**
 * The Aadhaar-like numbers below were checked with a separate Verhoeff implementation built from
 * dihedral-group arithmetic rather than the lookup tables the code uses; the generated cases at the
 * end recompute Luhn and Verhoeff check digits the same independent way.
 */
class SensitiveDataTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# typed                                          | stored                                         | found
			card number is 4111111111111111                  | card number is 411111******1111                  | CARD_NUMBER
			4111 1111 1111 1111                              | 411111******1111                                 | CARD_NUMBER
			4111-1111-1111-1111 please refund                | 411111******1111 please refund                   | CARD_NUMBER
			Mastercard 5555 5555 5555 4444 was charged twice | Mastercard 555555******4444 was charged twice    | CARD_NUMBER
			amex 3782 822463 10005                           | amex 378282*****0005                             | CARD_NUMBER
			Card:378282246310005, exp 12/28                  | Card:378282*****0005, exp 12/28                  | CARD_NUMBER
			my cvv is 123                                    | my cvv is ***                                    | CVV
			CVV2: 4567                                       | CVV2: ***                                        | CVV
			the security code on the back is 321             | the security code on the back is ***             | CVV
			card verification value 987                      | card verification value ***                      | CVV
			my UPI PIN is 4321                               | my UPI PIN is ****                               | UPI_PIN
			MPIN 123456                                      | MPIN ****                                        | UPI_PIN
			pin: 9876                                        | pin: ****                                        | UPI_PIN
			PIN-2468                                         | PIN-****                                         | UPI_PIN
			OTP is 482913                                    | OTP is ******                                    | OTP
			482913 is my otp                                 | ****** is my otp                                 | OTP
			otp482913                                        | otp******                                        | OTP
			one-time password 12345678                       | one-time password ******                         | OTP
			verification code: 5521                          | verification code: ******                        | OTP
			the code is 7788                                 | the code is ******                               | OTP
			Your OTP for ₹1,250 is 482913. Do not share it.  | Your OTP for ₹1,250 is ******. Do not share it.  | OTP
			aadhaar 2345 6789 0124                           | aadhaar XXXX XXXX 0124                           | AADHAAR
			234567890124                                     | XXXX XXXX 0124                                   | AADHAAR
			4918-2736-4553 for KYC                           | XXXX XXXX 4553 for KYC                           | AADHAAR
			Aadhaar:876543210988                             | Aadhaar:XXXX XXXX 0988                           | AADHAAR
			""")
	void masksEachKindOfSecret(String typed, String stored, Kind kind) {
		var masked = SensitiveData.mask(typed);

		assertThat(masked.text()).isEqualTo(stored);
		assertThat(masked.found()).containsExactly(kind);
		assertThat(masked.changed()).isTrue();
		assertThat(SensitiveData.mask(masked.text()).changed()).as("masking twice").isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			// amounts
			"I paid ₹1,250 but it failed", "refund of 1234 rupees for order 5678", "OTP not received for ₹1250",
			"OTP for Rs. 2500 payment never came", "paid 1500/- but no otp", "pin 1,250.00 was debited",
			// dates and times
			"payment on 26/11/2026 at 10:30 failed", "otp failed on 2026-11-26", "debited on 26-11-2026",
			// phone numbers
			"call me on +91 98765 43210", "my number +91-98765-43210, otp never came", "9876543210 is my number",
			"whatsapp me on 919876543216",
			// UTRs and transaction, order and reference ids
			"UTR 412345678901", "412345678901", "UTR 412345678902", "UPI ref no 412345678902",
			"TXN20261126000123 failed", "order ORD-2026-1126-0001 is late", "txn id 2026112600012345",
			// card-like numbers that fail Luhn
			"4111111111111112", "4111 1111 1111 1112", "card 1234 5678 9012 3456",
			// Aadhaar-like numbers that fail Verhoeff, start with 0 or 1, or sit inside a longer number
			"234567890123", "2345 6789 0125", "134567890129", "034567890128", "1111 2345 6789 0124",
			// postal codes
			"pincode 560001", "pin code is 560001", "PIN-code 560001", "deliver to 560001 pincode",
			// naming words too far away, in another sentence, or the wrong length
			"I forgot my UPI PIN yesterday and the refund of 1234 is still pending",
			"Reset my PIN. Order 4567 is late", "cvv 12345", "otp 123", "pin 12345",
			// nothing numeric at all
			"", "Hi, my payment failed. Can you help?" })
	void leavesOrdinaryPaymentChatAlone(String typed) {
		var masked = SensitiveData.mask(typed);

		assertThat(masked.text()).isSameAs(typed);
		assertThat(masked.found()).isEmpty();
		assertThat(masked.changed()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Card 4111 1111 1111 1111, CVV 123, OTP 482913, UPI PIN 4321 and aadhaar 2345 6789 0124 \
			| Card 411111******1111, CVV ***, OTP ******, UPI PIN **** and aadhaar XXXX XXXX 0124 \
			| CARD_NUMBER CVV UPI_PIN OTP AADHAAR
			Paid ₹1,250 with card 5555555555554444, UTR 412345678901, otp was 7788 \
			| Paid ₹1,250 with card 555555******4444, UTR 412345678901, otp was ****** \
			| CARD_NUMBER OTP
			pincode 560001, upi pin 123456 \
			| pincode 560001, upi pin **** \
			| UPI_PIN
			cvv code is 123 and the code is 456789 \
			| cvv code is *** and the code is ****** \
			| CVV OTP
			""")
	void masksEverySecretInAMixedMessage(String typed, String stored, String kinds) {
		var masked = SensitiveData.mask(typed);

		assertThat(masked.text()).isEqualTo(stored);
		assertThat(masked.found()).containsExactlyInAnyOrderElementsOf(kinds(kinds));
	}

	@Test
	void explainsWhatWasHiddenInOneSentence() {
		assertThat(SensitiveData.explanation(Set.of())).isEmpty();
		assertThat(SensitiveData.explanation(Set.of(Kind.OTP)))
			.isEqualTo("We hid an OTP: never share it, not even with Zet Pay staff.");
		assertThat(SensitiveData.explanation(Set.of(Kind.OTP, Kind.CARD_NUMBER)))
			.isEqualTo("We hid a card number and an OTP: never share these, not even with Zet Pay staff.");
		assertThat(SensitiveData.explanation(EnumSet.allOf(Kind.class)))
			.isEqualTo("We hid a card number, a CVV, a UPI PIN, an OTP and an Aadhaar number: never share these, "
					+ "not even with Zet Pay staff.");
	}

	@Test
	void explainsWhatAMaskingFound() {
		var masked = SensitiveData.mask("my upi pin is 4321 and aadhaar 234567890124");

		assertThat(SensitiveData.explanation(masked.found()))
			.isEqualTo("We hid a UPI PIN and an Aadhaar number: never share these, not even with Zet Pay staff.");
	}

	@Test
	void hidesEveryCardNumberThatPassesLuhnAndNoOther() {
		var random = new Random(2026);
		for (int n = 0; n < 200; n++) {
			var body = digits(random, 15);
			int check = luhnCheckDigit(body);
			for (int digit = 0; digit <= 9; digit++) {
				var typed = "card " + body + digit + " please";

				assertThat(SensitiveData.mask(typed).found()).as(typed)
					.isEqualTo(digit == check ? Set.of(Kind.CARD_NUMBER) : Set.of());
			}
		}
	}

	@Test
	void hidesEveryAadhaarNumberThatPassesVerhoeffAndNoOther() {
		var random = new Random(2026);
		for (int n = 0; n < 200; n++) {
			var body = (char) ('2' + random.nextInt(8)) + digits(random, 10);
			int check = verhoeffCheckDigit(body);
			for (int digit = 0; digit <= 9; digit++) {
				var typed = "id " + body + digit;

				assertThat(SensitiveData.mask(typed).found()).as(typed)
					.isEqualTo(digit == check ? Set.of(Kind.AADHAAR) : Set.of());
			}
		}
	}

	@Test
	void foundKindsCannotBeChanged() {
		var found = SensitiveData.mask("otp 482913").found();

		assertThat(found).isUnmodifiable();
	}

	@Test
	void refusesNull() {
		assertThatNullPointerException().isThrownBy(() -> SensitiveData.mask(null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1 ", "1-", "4111 ", "otp ", "pin code ", "a", "1", "otp 1234 ", "₹1,2", "x-1 ",
			"4111-1111-1111-111 " })
	void longPastesTakeLinearTime(String unit) {
		var paste = unit.repeat(10_000 / unit.length());

		var masked = assertTimeoutPreemptively(Duration.ofMillis(500), () -> SensitiveData.mask(paste));

		assertThat(masked.text()).isNotNull();
	}

	private static Set<Kind> kinds(String names) {
		return Arrays.stream(names.trim().split(" +")).map(Kind::valueOf).collect(Collectors.toSet());
	}

	private static String digits(Random random, int count) {
		var digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(random.nextInt(10));
		}
		return digits.toString();
	}

	private static int luhnCheckDigit(String body) {
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			int digit = body.charAt(body.length() - 1 - i) - '0';
			// The check digit will sit right of the body, so the body's last digit is doubled.
			sum += i % 2 == 0 ? (2 * digit) / 10 + (2 * digit) % 10 : digit;
		}
		return (10 - sum % 10) % 10;
	}

	/** Verhoeff from its definition: products in the dihedral group D5, powers of one permutation. */
	private static int verhoeffCheckDigit(String body) {
		for (int candidate = 0; candidate <= 9; candidate++) {
			var number = body + candidate;
			int check = 0;
			for (int i = 0; i < number.length(); i++) {
				check = dihedralProduct(check, permuted(i, number.charAt(number.length() - 1 - i) - '0'));
			}
			if (check == 0) {
				return candidate;
			}
		}
		throw new AssertionError("Verhoeff always has exactly one check digit");
	}

	/** 0–4 are rotations, 5–9 reflections of a pentagon. */
	private static int dihedralProduct(int a, int b) {
		if (a < 5) {
			return b < 5 ? (a + b) % 5 : 5 + (a + b) % 5;
		}
		return b < 5 ? 5 + (a - b + 5) % 5 : (a - b + 5) % 5;
	}

	private static int permuted(int position, int digit) {
		int[] sigma = { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 };
		for (int step = 0; step < position % 8; step++) {
			digit = sigma[digit];
		}
		return digit;
	}
}
