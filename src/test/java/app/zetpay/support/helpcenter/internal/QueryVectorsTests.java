package app.zetpay.support.helpcenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class QueryVectorsTests {

	final List<String> embedded = new ArrayList<>();

	float[] embed(String text) {
		embedded.add(text);
		return new float[] { text.length() };
	}

	@Test
	void aTextIsEmbeddedOnceWhateverItsSurroundingSpace() {
		var vectors = new QueryVectors(10);

		var first = vectors.of("refund not received", this::embed);
		var again = vectors.of("  refund not received ", this::embed);

		assertThat(again).isSameAs(first);
		assertThat(embedded).containsExactly("refund not received");
	}

	@Test
	void theLeastRecentlyUsedTextIsDroppedWhenFull() {
		var vectors = new QueryVectors(2);
		vectors.of("upi pin", this::embed);
		vectors.of("kyc pending", this::embed);
		vectors.of("upi pin", this::embed); // used again: "kyc pending" is now the eldest

		vectors.of("card blocked", this::embed);
		vectors.of("upi pin", this::embed);
		vectors.of("kyc pending", this::embed);

		assertThat(vectors.size()).isEqualTo(2);
		assertThat(embedded).containsExactly("upi pin", "kyc pending", "card blocked", "kyc pending");
	}
}
