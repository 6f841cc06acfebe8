package app.zetpay.support.chat.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.chat.internal.ChatLanguageChoice;
import app.zetpay.support.chat.internal.ChatMessageView;
import app.zetpay.support.chat.internal.ChatMessaging;
import app.zetpay.support.chat.internal.ChatMessaging.NewMessage;
import app.zetpay.support.chat.internal.ChatOpening;
import app.zetpay.support.chat.internal.ChatSignals;
import app.zetpay.support.chat.internal.ChatViews;
import app.zetpay.support.chat.internal.ConversationLifecycle;
import app.zetpay.support.chat.internal.ChatSessionView;
import app.zetpay.support.identity.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The app's chat routes (kept exactly: the app already calls them). */
@RestController
@RequestMapping("/api/chat")
@Validated
@Tag(name = "Chat")
class ChatController {

	private final ChatOpening opening;
	private final ConversationLifecycle lifecycle;
	private final ChatViews views;
	private final ChatMessaging messaging;
	private final ChatSignals signals;
	private final ChatLanguageChoice languageChoice;

	ChatController(ChatOpening opening, ConversationLifecycle lifecycle, ChatViews views, ChatMessaging messaging,
			ChatSignals signals, ChatLanguageChoice languageChoice) {
		this.languageChoice = languageChoice;
		this.opening = opening;
		this.lifecycle = lifecycle;
		this.views = views;
		this.messaging = messaging;
		this.signals = signals;
	}

	record InitiateRequest(@Nullable String topic, @Nullable Map<String, Object> context) {
	}

	@PostMapping("/initiate/{recipientId}")
	@Operation(summary = "Open (or return the open) support chat", description = "recipientId 'support' opens a chat "
			+ "with the agent pool; an agent id targets that agent. The optional context (screen, transactionId, "
			+ "errorCode …) is shown to the agent; its \"language\" (\"en\" or \"hi\", the app's language) is the "
			+ "one the bot answers in.")
	ChatSessionView initiate(@PathVariable String recipientId, @RequestBody(required = false) @Nullable InitiateRequest body,
			@AuthenticationPrincipal Caller caller) {
		return opening.initiate(caller, recipientId, body == null ? null : body.topic(),
				body == null ? null : body.context());
	}

	@GetMapping
	@Operation(summary = "The caller's chats: a customer's own; an agent's assigned and team chats",
			description = "Staff may pass label to keep only the conversations with that label.")
	List<ChatSessionView> sessions(@RequestParam(required = false) @Nullable String label,
			@AuthenticationPrincipal Caller caller) {
		return views.sessions(caller, caller instanceof Caller.Staff ? label : null);
	}

	@GetMapping("/{chatId}")
	ChatSessionView session(@PathVariable String chatId, @AuthenticationPrincipal Caller caller) {
		return views.session(caller, chatId);
	}

	@GetMapping("/{chatId}/messages")
	@Operation(summary = "Messages, oldest first", description = "Either the newest 'limit' before 'before' (a time) "
			+ "or 'beforeSeq', or, with afterSeq, the ones after that sequence number (what a reconnecting client "
			+ "missed).")
	List<ChatMessageView> messages(@PathVariable String chatId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) @Nullable Instant before,
			@RequestParam(required = false) @Nullable @Min(1) Long beforeSeq,
			@RequestParam(required = false) @Nullable @Min(0) Long afterSeq, @AuthenticationPrincipal Caller caller) {
		return afterSeq != null ? views.after(caller, chatId, afterSeq, limit)
				: views.history(caller, chatId, limit, before, beforeSeq);
	}

	@PostMapping("/{chatId}/messages")
	@Operation(summary = "Send a message", description = "Resending the same clientMessageId returns the same "
			+ "message (header Idempotent-Replayed: true) and stores nothing new.")
	ResponseEntity<ChatMessageView> send(@PathVariable String chatId, @RequestBody NewMessage body,
			@AuthenticationPrincipal Caller caller) {
		var posted = messaging.post(caller, chatId, body);
		return ResponseEntity.created(URI.create("/api/chat/" + chatId + "/messages/" + posted.message().id()))
				.header("Idempotent-Replayed", String.valueOf(posted.replayed()))
				.body(posted.message());
	}

	@PutMapping("/{chatId}/messages/{messageId}/read")
	@Operation(summary = "Mark read up to this message; the other side gets a message_read event")
	Map<String, Object> read(@PathVariable String chatId, @PathVariable String messageId,
			@AuthenticationPrincipal Caller caller) {
		var seq = signals.markRead(caller, chatId, messageId);
		return Map.of("chatId", chatId, "upToSeq", seq);
	}

	@PostMapping("/{chatId}/close")
	@Operation(summary = "End the chat (customer) or resolve it (agent)")
	ChatSessionView close(@PathVariable String chatId, @AuthenticationPrincipal Caller caller) {
		return lifecycle.close(caller, chatId);
	}

	/** @param language "en" or "hi"; empty clears the choice */
	record LanguageRequest(@NotNull @Size(max = 8) String language) {
	}

	@PutMapping("/{chatId}/language")
	@Operation(summary = "The customer's language for this chat (the app's language switch): the bot answers in it",
			description = "\"en\" or \"hi\"; an empty string clears it, and the bot then answers in the script the "
					+ "customer writes in. Only the chat's customer may set it.")
	ChatSessionView language(@PathVariable String chatId, @RequestBody @Valid LanguageRequest body,
			@AuthenticationPrincipal Caller caller) {
		return languageChoice.prefer(caller, chatId, body.language());
	}

	@PostMapping("/{chatId}/hand-back")
	@Operation(summary = "Give the chat back to the triage bot (the assigned agent, or a supervisor)")
	ChatSessionView handBack(@PathVariable String chatId, @AuthenticationPrincipal Caller caller) {
		return lifecycle.handBack(caller, chatId);
	}
}
