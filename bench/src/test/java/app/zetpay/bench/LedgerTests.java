package app.zetpay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The checks themselves: each kind of misbehaviour fed as frames must be counted, and nothing else. */
class LedgerTests {

	private final JsonMapper json = JsonMapper.builder().build();
	private final Ledger ledger = new Ledger(json, 100);
	private final List<Outgoing> settled = new ArrayList<>();
	private ChatSocket customer;
	private ChatSocket agent;
	private Conversation chat;
	private long clock = 1_000_000;

	@BeforeEach
	void setUp() {
		customer = new ChatSocket("customer 0", "c0", json, ledger);
		agent = new ChatSocket("agent 0", "agt_0", json, ledger);
		chat = new Conversation(0, "cnv_1", customer, agent);
		ledger.onSettled(settled::add);
	}

	@Test
	void shouldSettleOnceWhenAckedAndDelivered() {
		var message = send("m1");
		ack(customer, "m1", "msg_1", 1);
		deliver(agent, "m1", "msg_1", 1, "c0");
		deliver(customer, "m1", "msg_1", 1, "c0"); // the echo to the sender

		var tally = tally();
		assertThat(settled).containsExactly(message);
		assertThat(tally.violations()).isZero();
		assertThat(tally.acked()).isEqualTo(1);
		assertThat(tally.delivered()).isEqualTo(1);
		assertThat(tally.echoes()).isEqualTo(1);
		assertThat(tally.deliveryLatency().count()).isEqualTo(1);
	}

	@Test
	void shouldSettleWhenTheDeliveryOvertakesTheAck() {
		send("m1");
		deliver(agent, "m1", "msg_1", 1, "c0");
		assertThat(settled).isEmpty();
		ack(customer, "m1", "msg_1", 1);

		assertThat(settled).hasSize(1);
		assertThat(tally().violations()).isZero();
	}

	@Test
	void shouldCountAMessageDeliveredTwiceToOneSocket() {
		send("m1");
		ack(customer, "m1", "msg_1", 1);
		deliver(agent, "m1", "msg_1", 1, "c0");
		deliver(agent, "m1", "msg_1", 1, "c0");

		assertThat(tally().duplicates()).isEqualTo(1);
		assertThat(tally().delivered()).isEqualTo(1);
	}

	@Test
	void shouldCountASeqThatGoesBackwards() {
		send("m1");
		send("m2");
		ack(customer, "m1", "msg_1", 1);
		ack(customer, "m2", "msg_2", 2);
		deliver(agent, "m2", "msg_2", 2, "c0");
		deliver(agent, "m1", "msg_1", 1, "c0");

		var tally = tally();
		assertThat(tally.outOfOrder()).isEqualTo(1);
		assertThat(tally.lost()).isZero();
	}

	@Test
	void shouldCountAnAckedMessageThatNeverArrivedAsLost() {
		send("m1");
		ack(customer, "m1", "msg_1", 1);

		var tally = tally();
		assertThat(tally.lost()).isEqualTo(1);
		assertThat(settled).isEmpty();
	}

	@Test
	void shouldCountASentMessageWithoutAckAsUnacked() {
		send("m1");
		deliver(agent, "m1", "msg_1", 1, "c0");

		assertThat(tally().unacked()).isEqualTo(1);
	}

	@Test
	void shouldSettleAndCountAMessageRefusedWithAnErrorFrame() {
		send("m1");
		frame(customer, """
				{"type":"error","payload":{"message":"slow down","code":"rate-limited","clientMessageId":"m1"}}""");

		var tally = tally();
		assertThat(settled).hasSize(1);
		assertThat(tally.errorFrames()).isEqualTo(1);
		assertThat(tally.failed()).isEqualTo(1);
		assertThat(tally.examples()).anyMatch(e -> e.contains("rate-limited"));
	}

	@Test
	void shouldCountSeqsASocketNeverSaw() {
		send("m1");
		send("m2");
		ack(customer, "m1", "msg_1", 1);
		ack(customer, "m2", "msg_2", 2);
		deliver(agent, "m1", "msg_1", 1, "c0");
		deliver(agent, "m2", "msg_2", 2, "c0");
		deliver(customer, "m2", "msg_2", 2, "c0"); // the echo of m1 never came

		assertThat(tally().missingSeqs()).isEqualTo(1);
	}

	@Test
	void shouldCountADeliveryToTheWrongSocket() {
		var stranger = new ChatSocket("customer 9", "c9", json, ledger);
		send("m1");
		ack(customer, "m1", "msg_1", 1);
		deliver(stranger, "m1", "msg_1", 1, "c0");

		assertThat(tally().misrouted()).isEqualTo(1);
		assertThat(tally().lost()).isEqualTo(1);
	}

	@Test
	void shouldCountASystemNoteAndAReplayedAck() {
		send("m1");
		frame(customer, """
				{"type":"message_ack","payload":{"clientMessageId":"m1","replayed":true,"message":{"id":"msg_1","seq":1}}}""");
		frame(agent, """
				{"type":"chat_message","payload":{"id":"msg_2","chatId":"cnv_1","seq":2,"senderId":"support","text":"masked"}}""");

		var tally = tally();
		assertThat(tally.replayed()).isEqualTo(1);
		assertThat(tally.systemMessages()).isEqualTo(1);
	}

	private Outgoing send(String clientMessageId) {
		var message = new Outgoing(clientMessageId, chat, Conversation.Side.CUSTOMER, Phase.MEASURE, clock);
		ledger.sending(message);
		return message;
	}

	private void ack(ChatSocket socket, String clientMessageId, String id, long seq) {
		frame(socket, """
				{"type":"message_ack","payload":{"clientMessageId":"%s","replayed":false,"message":{"id":"%s","seq":%d}}}"""
				.formatted(clientMessageId, id, seq));
	}

	private void deliver(ChatSocket socket, String clientMessageId, String id, long seq, String senderId) {
		frame(socket, """
				{"type":"chat_message","payload":{"id":"%s","chatId":"cnv_1","seq":%d,"senderId":"%s","text":"hi",\
				"clientMessageId":"%s"}}""".formatted(id, seq, senderId, clientMessageId));
	}

	private void frame(ChatSocket socket, String frame) {
		clock += 1_000_000;
		ledger.received(socket, json.readTree(frame), clock);
	}

	private Ledger.Tally tally() {
		return ledger.tally(0, List.of(customer, agent));
	}
}
