package app.zetpay.support.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketStatusTests {

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({
			"OPEN, IN_PROGRESS, true", "OPEN, WAITING_ON_CUSTOMER, true", "OPEN, RESOLVED, true",
			"OPEN, CLOSED, false",
			"IN_PROGRESS, WAITING_ON_CUSTOMER, true", "IN_PROGRESS, RESOLVED, true", "IN_PROGRESS, OPEN, true",
			"IN_PROGRESS, CLOSED, false",
			"WAITING_ON_CUSTOMER, IN_PROGRESS, true", "WAITING_ON_CUSTOMER, RESOLVED, true",
			"WAITING_ON_CUSTOMER, OPEN, false", "WAITING_ON_CUSTOMER, CLOSED, false",
			"RESOLVED, CLOSED, true", "RESOLVED, OPEN, true", "RESOLVED, IN_PROGRESS, true",
			"RESOLVED, WAITING_ON_CUSTOMER, false",
			"CLOSED, OPEN, false", "CLOSED, IN_PROGRESS, false", "CLOSED, RESOLVED, false" })
	void allowedMoves(TicketStatus from, TicketStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to)).isEqualTo(allowed);
	}
}
