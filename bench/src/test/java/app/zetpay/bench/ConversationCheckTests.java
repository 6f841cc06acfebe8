package app.zetpay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The cluster scenario's verdict: a clean chat passes, and each kind of damage is named. */
class ConversationCheckTests {

	// seq 1 bot, 2 customer c1, 3 agent a1, 4 customer c2, 5 customer c3
	private final List<ChatEntry> history = new ArrayList<>(List.of(
			entry(1, "BOT", "bot", ""), entry(2, "CUSTOMER", "cust", "c1"), entry(3, "AGENT", "agt", "a1"),
			entry(4, "CUSTOMER", "cust", "c2"), entry(5, "CUSTOMER", "cust", "c3")));

	@Test
	void shouldPassAChatEveryoneSawAlikeWithEverySendStoredOnce() {
		assertThat(ConversationCheck.failures(history, sides(history, history))).isEmpty();
	}

	@Test
	void shouldNameAnAcknowledgedMessageThatIsNotStored() {
		var acked = acks();
		var lost = new ArrayList<>(history.subList(0, 4));
		assertThat(ConversationCheck.failures(lost, List.of(customer(lost, acked), agent(lost))))
				.anySatisfy(f -> assertThat(f).contains("c3 was acknowledged as seq 5 but is not stored: lost"));
	}

	@Test
	void shouldNameAMessageStoredTwice() {
		var twice = new ArrayList<>(history);
		twice.add(entry(6, "CUSTOMER", "cust", "c3"));
		assertThat(ConversationCheck.failures(twice, sides(twice, twice)))
				.anySatisfy(f -> assertThat(f).contains("c3 is stored 2 times"));
	}

	@Test
	void shouldNameAMessageAParticipantNeverGot() {
		var agentSaw = history.subList(0, 3);
		assertThat(ConversationCheck.failures(history, sides(history, agentSaw)))
				.containsExactly("agent never got [#4 CUSTOMER c2, #5 CUSTOMER c3] (has seq 1..3 of 1..5)");
	}

	@Test
	void shouldNameParticipantsWhoseOrderDiffers() {
		var swapped = new ArrayList<>(history);
		swapped.set(1, history.get(2));
		swapped.set(2, history.get(1));
		assertThat(ConversationCheck.failures(history, sides(history, swapped))).hasSize(2)
				.allSatisfy(f -> assertThat(f).startsWith("agent has"));
	}

	@Test
	void shouldNameMessagesStoredOutOfTheOrderSent() {
		var reordered = new ArrayList<>(List.of(history.get(0), history.get(1), history.get(2),
				entry(4, "CUSTOMER", "cust", "c3"), entry(5, "CUSTOMER", "cust", "c2")));
		var acked = new HashMap<>(acks());
		acked.put("c3", reordered.get(3));
		acked.put("c2", reordered.get(4));
		assertThat(ConversationCheck.failures(reordered, List.of(customer(reordered, acked), agent(reordered))))
				.containsExactly("customer's messages are stored out of the order sent: #5 CUSTOMER c2 (sent 2.) "
						+ "after #4 CUSTOMER c3 (sent 3.)");
	}

	@Test
	void shouldNameAnUnacknowledgedSendAndAStoredMessageNobodySent() {
		var acked = new HashMap<>(acks());
		acked.remove("c2");
		var extra = new ArrayList<>(history);
		extra.add(entry(6, "CUSTOMER", "cust", "ghost"));
		assertThat(ConversationCheck.failures(extra, List.of(customer(extra, acked), agent(extra))))
				.contains("customer's c2 was never acknowledged (though stored as [#4 CUSTOMER c2])")
				.anySatisfy(f -> assertThat(f).startsWith("stored in customer's name but never sent"));
	}

	@Test
	void shouldNameAGapInTheStoredNumbering() {
		var gap = new ArrayList<>(history);
		gap.remove(2);
		assertThat(ConversationCheck.failures(gap, List.of()))
				.containsExactly("the stored history is not numbered 1..4: place 3 holds seq 4");
	}

	private List<ConversationCheck.Side> sides(List<ChatEntry> customerSaw, List<ChatEntry> agentSaw) {
		return List.of(customer(customerSaw, acks()), agent(agentSaw));
	}

	private ConversationCheck.Side customer(List<ChatEntry> saw, Map<String, ChatEntry> acked) {
		return new ConversationCheck.Side("customer", "cust", List.of("c1", "c2", "c3"), acked, saw);
	}

	private ConversationCheck.Side agent(List<ChatEntry> saw) {
		return new ConversationCheck.Side("agent", "agt", List.of("a1"), Map.of("a1", history.get(2)), saw);
	}

	private Map<String, ChatEntry> acks() {
		return Map.of("c1", history.get(1), "c2", history.get(3), "c3", history.get(4));
	}

	private static ChatEntry entry(long seq, String role, String sender, String clientMessageId) {
		return new ChatEntry(seq, "msg_" + seq, sender, role, clientMessageId, "text");
	}
}
