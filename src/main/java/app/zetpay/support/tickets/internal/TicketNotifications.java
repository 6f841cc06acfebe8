package app.zetpay.support.tickets.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import app.zetpay.support.tickets.TicketOpened;
import app.zetpay.support.tickets.TicketStatusChanged;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the app's backend about ticket changes so it can push a notification to the phone: a
 * signed POST to {@code support.tickets.notify-url}. Runs from the event publication registry, so a
 * failed delivery stays pending and is retried; receivers should de-duplicate by {@code eventId}.
 */
@Component
class TicketNotifications {

	private final TicketsProperties properties;
	private final WebhookSecret secret;
	private final JsonMapper json;
	private final Clock clock;
	/**
	 * Only when a notify URL is configured: building an HTTP client loads the TLS trust store, a
	 * cost a start without one need not pay.
	 */
	private final @Nullable RestClient http;

	TicketNotifications(TicketsProperties properties, WebhookSecret secret, JsonMapper json, Clock clock) {
		this.properties = properties;
		this.secret = secret;
		this.json = json;
		this.clock = clock;
		var url = properties.notifyUrl();
		this.http = url == null || url.isBlank() ? null : client();
	}

	private static RestClient client() {
		var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build());
		factory.setReadTimeout(Duration.ofSeconds(5));
		return RestClient.builder().requestFactory(factory).build();
	}

	@ApplicationModuleListener
	void on(TicketOpened opened) {
		var event = new LinkedHashMap<String, Object>();
		event.put("eventId", "ticket.opened:" + opened.ticketId());
		event.put("type", "ticket.opened");
		event.put("ticketId", opened.ticketId());
		event.put("number", opened.number());
		event.put("userId", opened.customerId());
		event.put("issueType", opened.issueType());
		event.put("priority", opened.priority().name());
		event.put("refundEta", opened.refundEta() == null ? null : opened.refundEta().toString());
		post(event);
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged changed) {
		var event = new LinkedHashMap<String, Object>();
		event.put("eventId", "ticket.status:" + changed.ticketId() + ":" + changed.to());
		event.put("type", "ticket.status_changed");
		event.put("ticketId", changed.ticketId());
		event.put("number", changed.number());
		event.put("userId", changed.customerId());
		event.put("from", changed.from().name());
		event.put("to", changed.to().name());
		post(event);
	}

	private void post(Map<String, Object> event) {
		var url = properties.notifyUrl();
		var client = http;
		if (url == null || client == null) {
			return;
		}
		var body = json.writeValueAsBytes(event);
		var timestamp = String.valueOf(clock.instant().getEpochSecond());
		var request = client.post().uri(URI.create(url)).contentType(MediaType.APPLICATION_JSON)
				.header("X-Zetpay-Timestamp", timestamp);
		if (secret.value().isPresent()) {
			var signature = new WebhookSignature(secret.value().get(), properties.payments().tolerance(), clock)
				.sign(timestamp, body);
			request = request.header("X-Zetpay-Signature", "sha256=" + HexFormat.of().formatHex(signature));
		}
		// An error status throws, which leaves the publication incomplete for a retry.
		request.body(new String(body, StandardCharsets.UTF_8)).retrieve().toBodilessEntity();
	}
}
