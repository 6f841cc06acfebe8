package app.zetpay.bench;

/**
 * One chat under load: its customer's socket and the socket of the agent it is assigned to (shared
 * with the agent's other chats).
 */
record Conversation(int index, String chatId, ChatSocket customer, ChatSocket agent) {

	enum Side {
		CUSTOMER, AGENT
	}

	ChatSocket socketOf(Side side) {
		return side == Side.CUSTOMER ? customer : agent;
	}

	/** Where a message from {@code side} must arrive: the other participant. */
	ChatSocket counterpartOf(Side side) {
		return side == Side.CUSTOMER ? agent : customer;
	}
}
