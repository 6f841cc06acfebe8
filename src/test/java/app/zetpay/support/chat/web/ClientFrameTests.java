package app.zetpay.support.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Parsing client frames is a pure function: a table of inputs and what they become. */
class ClientFrameTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void coBrowsingFramesCarryTheirPayloadToTheirModule() {
		var frame = parse("{\"type\":\"cobrowse_respond\",\"payload\":{\"sessionId\":\"s1\",\"accept\":true}}");

		assertThat(frame).isInstanceOf(ClientFrame.Cobrowse.class);
		assertThat(frame.frameType()).isEqualTo("cobrowse_respond");
		assertThat(((ClientFrame.Cobrowse) frame).payload().path("accept").asBoolean()).isTrue();
		assertThat(parse("{\"type\":\"cobrowse_events\",\"payload\":\"not an object\"}"))
				.isInstanceOf(ClientFrame.Invalid.class);
		assertThat(parse("{\"type\":\"cobrowse_anything\",\"payload\":{}}")).isInstanceOf(ClientFrame.Invalid.class);
	}

	@Test
	void authenticateTakesTheTokenAtTheTopLevelOrInThePayload() {
		assertThat(parse("{\"type\":\"authenticate\",\"token\":\"abc\"}"))
				.isEqualTo(new ClientFrame.Authenticate("abc"));
		assertThat(parse("{\"type\":\"authenticate\",\"payload\":{\"token\":\"abc\"}}"))
				.isEqualTo(new ClientFrame.Authenticate("abc"));
	}

	@Test
	void sendMessageCarriesEveryField() {
		var frame = parse("""
				{"type":"send_message","payload":{"chatId":"cnv_1","text":"hi","clientMessageId":"c1","type":"text"}}""");

		assertThat(frame).isEqualTo(new ClientFrame.SendMessage("cnv_1", "hi", null, "text", null, "c1"));
	}

	@Test
	void resumeAndTypingAndRead() {
		assertThat(parse("{\"type\":\"resume\",\"payload\":{\"chatId\":\"cnv_1\",\"afterSeq\":42}}"))
				.isEqualTo(new ClientFrame.Resume("cnv_1", 42));
		assertThat(parse("{\"type\":\"typing\",\"payload\":{\"chatId\":\"cnv_1\",\"isTyping\":false}}"))
				.isEqualTo(new ClientFrame.Typing("cnv_1", false));
		assertThat(parse("{\"type\":\"typing\",\"payload\":{\"chatId\":\"cnv_1\"}}"))
				.isEqualTo(new ClientFrame.Typing("cnv_1", true));
		assertThat(parse("{\"type\":\"read\",\"payload\":{\"chatId\":\"cnv_1\",\"messageId\":\"msg_1\"}}"))
				.isEqualTo(new ClientFrame.Read("cnv_1", "msg_1"));
		assertThat(parse("{\"type\":\"ping\"}")).isEqualTo(new ClientFrame.Ping());
	}

	@Test
	void viewingAndStoppedViewingNameAConversationOrATicket() {
		assertThat(parse("{\"type\":\"viewing\",\"payload\":{\"kind\":\"ticket\",\"id\":\"T-7\"}}"))
				.isEqualTo(new ClientFrame.Viewing("ticket", "T-7", false));
		assertThat(parse("{\"type\":\"viewing\",\"payload\":{\"kind\":\"conversation\",\"id\":\"cnv_1\",\"typing\":true}}"))
				.isEqualTo(new ClientFrame.Viewing("conversation", "cnv_1", true));
		assertThat(parse("{\"type\":\"stopped_viewing\",\"payload\":{\"kind\":\"conversation\",\"id\":\"cnv_1\"}}"))
				.isEqualTo(new ClientFrame.StoppedViewing("conversation", "cnv_1"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			not json at all                                                  | not valid JSON
			[1,2,3]                                                          | JSON object
			{"payload":{}}                                                   | string 'type'
			{"type":42}                                                      | string 'type'
			{"type":"warp"}                                                  | Unknown frame type 'warp'
			{"type":"authenticate"}                                          | needs a 'token'
			{"type":"authenticate","token":"  "}                             | needs a 'token'
			{"type":"send_message","payload":{"text":"no chat"}}             | payload.chatId
			{"type":"resume","payload":{"chatId":"cnv_1"}}                   | afterSeq
			{"type":"resume","payload":{"chatId":"cnv_1","afterSeq":-3}}     | afterSeq
			{"type":"resume","payload":{"chatId":"cnv_1","afterSeq":"7"}}    | afterSeq
			{"type":"resume","payload":{"chatId":"cnv_1","afterSeq":1.5}}    | afterSeq
			{"type":"read","payload":{"chatId":"cnv_1"}}                     | messageId
			{"type":"viewing","payload":{"kind":"invoice","id":"x"}}         | payload.kind
			{"type":"stopped_viewing","payload":{"kind":"ticket"}}           | payload.id
			""")
	void malformedFramesExplainWhatIsWrong(String raw, String explanation) {
		var frame = parse(raw);

		assertThat(frame).isInstanceOf(ClientFrame.Invalid.class);
		assertThat(((ClientFrame.Invalid) frame).message()).contains(explanation);
	}

	private ClientFrame parse(String raw) {
		return ClientFrame.parse(raw, json);
	}
}
