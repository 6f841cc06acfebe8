package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixedIdsTests {

	@Test
	void anIdIsItsPrefixAndThirtyTwoLowerCaseHexDigits() {
		assertThat(PrefixedIds.hasShape("cnv_0123456789abcdef0123456789abcdef", "cnv_")).isTrue();
		assertThat(PrefixedIds.hasShape("agt_ffffffffffffffffffffffffffffffff", "agt_")).isTrue();
	}

	@Test
	void anythingElseIsNotAnId() {
		var hex = "0123456789abcdef0123456789abcdef";
		assertThat(PrefixedIds.hasShape(null, "cnv_")).isFalse();
		assertThat(PrefixedIds.hasShape("", "cnv_")).isFalse();
		assertThat(PrefixedIds.hasShape("agt_" + hex, "cnv_")).as("another prefix").isFalse();
		assertThat(PrefixedIds.hasShape("cnv_" + hex.substring(1), "cnv_")).as("a digit short").isFalse();
		assertThat(PrefixedIds.hasShape("cnv_" + hex + "0", "cnv_")).as("a digit over").isFalse();
		assertThat(PrefixedIds.hasShape("cnv_" + hex.toUpperCase(), "cnv_")).as("upper case").isFalse();
		assertThat(PrefixedIds.hasShape("cnv_" + hex.replace('a', 'g'), "cnv_")).as("not hex").isFalse();
		assertThat(PrefixedIds.hasShape("cnv_" + hex.replace('0', '/'), "cnv_")).as("just below 0").isFalse();
		assertThat(PrefixedIds.hasShape("cnv_" + hex.replace('9', ':'), "cnv_")).as("just above 9").isFalse();
		assertThat(PrefixedIds.hasShape("cnv_" + hex.replace('a', '`'), "cnv_")).as("just below a").isFalse();
		assertThat(PrefixedIds.hasShape("cnv_" + hex.replace('3', '٣'), "cnv_")).as("another script's digit").isFalse();
	}
}
