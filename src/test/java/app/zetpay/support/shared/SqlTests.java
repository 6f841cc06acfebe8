package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlTests {

	@Test
	void inListsGrowToTheNextPowerOfTwoByRepeatingTheLastValue() {
		assertThat(Sql.paddedForIn(List.of("a", "b", "c"))).containsExactly("a", "b", "c", "c");
		assertThat(Sql.paddedForIn(List.of("a", "b", "c", "d", "e"))).containsExactly("a", "b", "c", "d", "e", "e", "e",
				"e");
	}

	@Test
	void inListsThatAreAlreadyAPowerOfTwoStayAsTheyAre() {
		assertThat(Sql.paddedForIn(List.of())).isEmpty();
		assertThat(Sql.paddedForIn(List.of("a"))).containsExactly("a");
		assertThat(Sql.paddedForIn(List.of("a", "b"))).containsExactly("a", "b");
		assertThat(Sql.paddedForIn(List.of(1, 2, 3, 4))).containsExactly(1, 2, 3, 4);
	}

	@Test
	void placeholdersAreThePlaceholderRepeatedAndCommaSeparated() {
		assertThat(Sql.placeholders(1, "?")).isEqualTo("?");
		assertThat(Sql.placeholders(3, "?")).isEqualTo("?, ?, ?");
		assertThat(Sql.placeholders(2, "(?, ?)")).isEqualTo("(?, ?), (?, ?)");
	}
}
