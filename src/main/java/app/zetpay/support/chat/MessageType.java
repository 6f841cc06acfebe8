package app.zetpay.support.chat;

import java.util.Locale;

/** What a message carries; written in lower case on the wire, as the app expects. */
public enum MessageType {
	TEXT, IMAGE, SYSTEM;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}
}
