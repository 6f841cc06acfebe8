package app.zetpay.support.tickets.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import app.zetpay.support.shared.RateLimit;
import app.zetpay.support.tickets.Priority;

/**
 * Configuration of the {@code tickets} module ({@code support.tickets.*}).
 *
 * @param zone the time zone business hours and banking days are reckoned in
 * @param holidays dates that are neither banking days nor business days
 * @param bankingDays weekdays banks settle refunds on
 * @param refundBusinessDays banking days until a failed-but-debited payment is refunded
 * @param hours the support desk's business hours, for SLA targets
 * @param sla first-response and resolution targets per priority, in business time
 * @param payments the payments webhook
 * @param notifyUrl where ticket changes are posted for the app to push a notification; none when empty
 * @param attachments limits on files attached to tickets
 * @param createLimit how many tickets one customer may raise (themselves or from a chat) per window,
 *     counted for the whole cluster
 * @param dueSoon how close an SLA target must be for the agents' "due soon" filter
 */
@ConfigurationProperties("support.tickets")
public record TicketsProperties(@DefaultValue("Asia/Kolkata") ZoneId zone, @DefaultValue List<LocalDate> holidays,
		@DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> bankingDays,
		@DefaultValue("3") int refundBusinessDays, @DefaultValue Hours hours, @DefaultValue Map<Priority, Sla> sla,
		@DefaultValue Payments payments, @Nullable String notifyUrl, @DefaultValue Attachments attachments,
		@DefaultValue("10/1h") RateLimit createLimit, @DefaultValue("1h") Duration dueSoon) {

	public record Attachments(@DefaultValue("10MB") DataSize maxSize) {
	}

	public record Hours(@DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY" })
			Set<DayOfWeek> days, @DefaultValue("09:00") LocalTime opens, @DefaultValue("18:00") LocalTime closes) {
	}

	/**
	 * @param aroundTheClock counted in wall-clock time rather than business hours
	 */
	public record Sla(Duration firstResponse, Duration resolution, @DefaultValue("false") boolean aroundTheClock) {
	}

	/**
	 * @param webhookSecret the shared HMAC secret ({@code SUPPORT_PAYMENTS_WEBHOOK_SECRET})
	 * @param tolerance how far the signed timestamp may be from now
	 * @param generatedSecretFile without a configured secret, where one generated on the first start is
	 *     kept (the embedded default); when this is empty too, the webhook refuses everything
	 */
	public record Payments(@Nullable String webhookSecret, @DefaultValue("5m") Duration tolerance,
			@Nullable String generatedSecretFile) {
	}

	Sla slaFor(Priority priority) {
		var configured = sla.get(priority);
		if (configured != null) {
			return configured;
		}
		return switch (priority) {
			case URGENT -> new Sla(Duration.ofMinutes(30), Duration.ofHours(4), true);
			case HIGH -> new Sla(Duration.ofHours(1), Duration.ofHours(27), false);
			case MEDIUM -> new Sla(Duration.ofHours(4), Duration.ofHours(45), false);
			case LOW -> new Sla(Duration.ofHours(9), Duration.ofHours(90), false);
		};
	}
}
