package app.zetpay.support.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportCsvTests {

	@Test
	void fieldsAreQuotedOnlyWhenTheyMustBe() {
		assertThat(ReportCsv.field("Asha Rao")).isEqualTo("Asha Rao");
		assertThat(ReportCsv.field("Rao, Asha")).isEqualTo("\"Rao, Asha\"");
		assertThat(ReportCsv.field("Asha \"AR\" Rao")).isEqualTo("\"Asha \"\"AR\"\" Rao\"");
		assertThat(ReportCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(ReportCsv.field(null)).isEmpty();
	}

	@Test
	void textASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
		assertThat(ReportCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(ReportCsv.field("@agent")).isEqualTo("'@agent");
		// Numbers are numbers, negative or not.
		assertThat(ReportCsv.field(-5L)).isEqualTo("-5");
	}

	@Test
	void decimalsHaveNoTrailingZerosNorExponents() {
		assertThat(ReportCsv.field(1800.0)).isEqualTo("1800");
		assertThat(ReportCsv.field(3.33)).isEqualTo("3.33");
		assertThat(ReportCsv.field(0.25)).isEqualTo("0.25");
		assertThat(ReportCsv.field(1.0e7)).isEqualTo("10000000");
	}

	@Test
	void tablesAreFoundByTheirUrlName() {
		assertThat(ReportCsv.Table.ofSlug("response-times")).contains(ReportCsv.Table.RESPONSE_TIMES);
		assertThat(ReportCsv.Table.ofSlug("RESPONSE_TIMES")).isEmpty();
	}
}
