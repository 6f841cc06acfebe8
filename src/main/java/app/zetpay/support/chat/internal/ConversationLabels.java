package app.zetpay.support.chat.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.InvalidFieldException;

/**
 * Labels on conversations and the search agents run over what they may see. Staff only: neither is
 * ever shown to a customer.
 */
@Service
public class ConversationLabels {

	private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
	private static final int MAX_QUERY = 100;

	private final ConversationAccess access;
	private final Labels labels;
	private final ConversationFinder finder;
	private final Clock clock;

	ConversationLabels(ConversationAccess access, Labels labels, ConversationFinder finder, Clock clock) {
		this.access = access;
		this.labels = labels;
		this.finder = finder;
		this.clock = clock;
	}

	/** A search hit with its labels. */
	public record Found(String id, String customerId, @Nullable String customerName, String status,
			@Nullable String assignedAgentId, @Nullable String team, List<String> labels, java.time.Instant updatedAt,
			@Nullable String matched) {
	}

	/** One page of hits; {@code hasMore} when the next page has some. */
	public record SearchPage(List<Found> items, int page, int size, boolean hasMore) {
	}

	/** One of a customer's conversations, for the panel beside a chat. */
	public record CustomerConversation(String id, String status, @Nullable String topic,
			@Nullable String assignedAgentId, @Nullable String team, List<String> labels, java.time.Instant createdAt,
			java.time.Instant updatedAt) {
	}

	public record LabelInUse(String label, long conversations) {
	}

	/** Lower case letters, digits, '-' and '_', up to 40; anything else is a 400. */
	public static String label(@Nullable String raw) {
		var label = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
		if (!LABEL.matcher(label).matches()) {
			throw new InvalidFieldException("label",
					"1 to 40 lower-case letters, digits, '-' or '_', starting with a letter or digit");
		}
		return label;
	}

	@Transactional
	public List<String> add(Caller.Staff staff, String chatId, String rawLabel) {
		var label = label(rawLabel);
		var conversation = access.visible(staff, chatId);
		labels.add(conversation.id(), label, staff.id(), clock.instant());
		return labels.of(conversation.id());
	}

	@Transactional
	public List<String> remove(Caller.Staff staff, String chatId, String rawLabel) {
		var label = label(rawLabel);
		var conversation = access.visible(staff, chatId);
		labels.remove(conversation.id(), label);
		return labels.of(conversation.id());
	}

	@Transactional(readOnly = true)
	public List<LabelInUse> inUse(Caller.Staff staff) {
		return finder.labelsInUse(staff).stream().map(l -> new LabelInUse(l.label(), l.conversations())).toList();
	}

	/** The customer's conversations the caller may see (their own, their teams' …), newest first. */
	@Transactional(readOnly = true)
	public List<CustomerConversation> ofCustomer(Caller.Staff staff, String customerId, int limit) {
		var found = finder.ofCustomer(staff, customerId, limit);
		var byChat = labels.ofAll(found.stream().map(ConversationFinder.Past::id).toList());
		return found.stream().map(p -> new CustomerConversation(p.id(), p.status(), p.topic(), p.assignedAgentId(),
				p.team(), byChat.getOrDefault(p.id(), List.of()), p.createdAt(), p.updatedAt())).toList();
	}

	@Transactional(readOnly = true)
	public SearchPage search(Caller.Staff staff, @Nullable String q, int page, int size) {
		var text = q == null ? "" : q.strip();
		if (text.isEmpty() || text.length() > MAX_QUERY) {
			throw new InvalidFieldException("q", "1 to " + MAX_QUERY + " characters");
		}
		var hits = new ArrayList<>(finder.search(staff, text, page * size, size + 1));
		var hasMore = hits.size() > size;
		var shown = hasMore ? hits.subList(0, size) : hits;
		var byChat = labels.ofAll(shown.stream().map(ConversationFinder.Hit::id).toList());
		return new SearchPage(shown.stream().map(h -> new Found(h.id(), h.customerId(), h.customerName(), h.status(),
				h.assignedAgentId(), h.team(), byChat.getOrDefault(h.id(), List.of()), h.updatedAt(), h.matched())).toList(), page,
				size, hasMore);
	}
}
