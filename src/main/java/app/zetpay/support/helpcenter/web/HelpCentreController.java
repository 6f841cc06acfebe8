package app.zetpay.support.helpcenter.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.helpcenter.internal.ArticleLocales;
import app.zetpay.support.helpcenter.internal.Articles;
import app.zetpay.support.helpcenter.internal.HelpCentre;
import app.zetpay.support.helpcenter.internal.SearchTimings;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The help centre as the app shows it. Reading needs no sign-in; feedback does. */
@RestController
@RequestMapping("/api/support")
@Validated
@Tag(name = "Help centre")
class HelpCentreController {

	private static final String LOCALE = "The reader's language (en, hi, hi-IN); without it Accept-Language counts."
			+ " Titles and texts are in it where an article has a published version in it, else in English";

	private final HelpCentre help;

	HelpCentreController(HelpCentre help) {
		this.help = help;
	}

	record FeedbackRequest(@NotNull Boolean helpful, @Nullable @Size(max = 1000) String comment) {
	}

	record ClickRequest(@NotBlank @Size(max = 200) String query) {
	}

	/**
	 * The reader's language: the {@code locale} parameter (the web app sends its language switch's
	 * choice), else the {@code Accept-Language} header, else English.
	 */
	private static String language(@Nullable String locale, @Nullable String acceptLanguage) {
		return ArticleLocales.of(locale != null && !locale.isBlank() ? locale : acceptLanguage);
	}

	@GetMapping("/faqs")
	@Operation(summary = "Search published articles (ranked, with highlighted snippets), or list by category")
	ResponseEntity<List<HelpCentre.Result>> faqs(@RequestParam(required = false) @Nullable String query,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit,
			@Parameter(description = LOCALE) @RequestParam(required = false) @Nullable @Size(max = 35) String locale,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
		var timings = new SearchTimings();
		var results = help.search(query, category, limit, timings, language(locale, acceptLanguage));
		// The phases' durations, for DevTools and the latency benchmark; nothing in them is private.
		var header = timings.header();
		return header.isEmpty() ? ResponseEntity.ok(results)
				: ResponseEntity.ok().header("Server-Timing", header).body(results);
	}

	@GetMapping("/faqs/categories")
	@Operation(summary = "The help centre's topics, named in the reader's language where they have a name in it")
	List<Articles.Category> categories(
			@Parameter(description = LOCALE) @RequestParam(required = false) @Nullable @Size(max = 35) String locale,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
		return help.categories(language(locale, acceptLanguage));
	}

	@GetMapping("/faqs/{slug}")
	@Operation(summary = "A published article, rendered to safe HTML: in the reader's language when it has a "
			+ "published version in it, else in English (its locale says which)")
	HelpCentre.Page article(@PathVariable String slug,
			@Parameter(description = LOCALE) @RequestParam(required = false) @Nullable @Size(max = 35) String locale,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
		return help.page(slug, language(locale, acceptLanguage));
	}

	@PostMapping("/faqs/{slug}/feedback")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Was this helpful? One vote per user; voting again replaces it")
	void feedback(@PathVariable String slug, @Valid @RequestBody FeedbackRequest request,
			@AuthenticationPrincipal @Nullable Caller caller) {
		if (caller == null) {
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in to give feedback.");
		}
		help.feedback(caller.id(), slug, request.helpful(), request.comment());
	}

	@PostMapping("/faqs/{slug}/click")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Tell analytics which result a search led to")
	void clicked(@PathVariable String slug, @Valid @RequestBody ClickRequest request) {
		help.clicked(request.query(), slug);
	}

	@GetMapping("/help")
	@Operation(summary = "Contextual help: articles for an app screen and/or an error code, best first")
	List<HelpCentre.Result> contextual(@RequestParam(required = false) @Nullable String screen,
			@RequestParam(required = false) @Nullable String errorCode,
			@RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit,
			@Parameter(description = LOCALE) @RequestParam(required = false) @Nullable @Size(max = 35) String locale,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
		return help.contextual(screen, errorCode, limit, language(locale, acceptLanguage));
	}

}
