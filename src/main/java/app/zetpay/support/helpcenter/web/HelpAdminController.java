package app.zetpay.support.helpcenter.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import app.zetpay.support.helpcenter.ArticleStatus;
import app.zetpay.support.helpcenter.internal.Article;
import app.zetpay.support.helpcenter.internal.ArticleAdministration;
import app.zetpay.support.helpcenter.internal.Articles;
import app.zetpay.support.helpcenter.internal.HelpCentre;
import app.zetpay.support.helpcenter.internal.IndexProgress;
import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.web.ProgressEvents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Editing the help centre. The route rules require ADMIN for {@code /api/admin/**}. */
@RestController
@RequestMapping("/api/admin/help")
@Validated
@Tag(name = "Admin: help centre")
class HelpAdminController {

	private final ArticleAdministration administration;
	private final HelpCentre help;
	private final AgentDirectory directory;

	HelpAdminController(ArticleAdministration administration, HelpCentre help, AgentDirectory directory) {
		this.administration = administration;
		this.help = help;
		this.directory = directory;
	}

	/** A version as the history lists it: who made it by name, not only by account id. */
	record VersionView(int version, String title, String editedBy, @Nullable String editedByName, Instant editedAt) {
	}

	record RenderRequest(@NotNull @Size(max = 20_000) String body) {
	}

	record Rendered(String html) {
	}

	record CategoryRequest(@NotBlank String title, @Nullable String description, @Nullable Integer position) {
	}

	@PostMapping("/articles")
	@Operation(summary = "Create a draft article")
	ResponseEntity<Article> create(@Valid @RequestBody @NotNull ArticleAdministration.Draft draft,
			@AuthenticationPrincipal Caller.Staff admin) {
		var article = administration.create(draft, admin.id());
		return ResponseEntity.created(URI.create("/api/admin/help/articles/" + article.id())).body(article);
	}

	@GetMapping("/articles")
	@Operation(summary = "All articles, drafts included")
	List<Article> list(@RequestParam(required = false) @Nullable ArticleStatus status,
			@RequestParam(required = false) @Nullable String category) {
		return administration.list(status, category);
	}

	@GetMapping("/articles/{id}")
	Article get(@PathVariable String id) {
		return administration.get(id);
	}

	@PutMapping("/articles/{id}")
	@Operation(summary = "Edit an article: a new version; a published article stays published and is re-indexed")
	Article update(@PathVariable String id, @Valid @RequestBody @NotNull ArticleAdministration.Draft draft,
			@AuthenticationPrincipal Caller.Staff admin) {
		return administration.update(id, draft, admin.id());
	}

	@GetMapping("/articles/{id}/versions")
	List<VersionView> versions(@PathVariable String id) {
		var versions = administration.versions(id);
		// Few editors per article: one look-up each, not one per version.
		var names = new HashMap<String, @Nullable String>();
		versions.forEach(v -> names.computeIfAbsent(v.editedBy(), this::nameOf));
		return versions.stream()
			.map(v -> new VersionView(v.version(), v.title(), v.editedBy(), names.get(v.editedBy()), v.editedAt()))
			.toList();
	}

	private @Nullable String nameOf(String editor) {
		return AgentId.isAgentId(editor)
				? directory.find(new AgentId(editor)).map(AgentAccount::name).orElse(null)
				: null;
	}

	@GetMapping("/articles/{id}/versions/{version}")
	@Operation(summary = "One version's content in full (title, body, category, tags, screens, error codes)")
	Articles.VersionContent version(@PathVariable String id, @PathVariable @Min(1) int version) {
		return administration.version(id, version);
	}

	@PostMapping("/articles/{id}/versions/{version}/restore")
	@Operation(summary = "Make an earlier version's content current again, as a new version")
	Article restore(@PathVariable String id, @PathVariable @Min(1) int version,
			@AuthenticationPrincipal Caller.Staff admin) {
		return administration.restore(id, version, admin.id());
	}

	@GetMapping("/articles/{id}/locales")
	@Operation(summary = "The article in every language the help centre has: English first, then each other "
			+ "language's version (status, version) or that it is missing")
	List<ArticleAdministration.LocaleState> locales(@PathVariable String id) {
		return administration.locales(id);
	}

	@PutMapping("/articles/{id}/locales/{locale}")
	@Operation(summary = "Write the article's version in a language (hi): a new draft when it has none, else a new "
			+ "version that stays published if it was",
			description = "Publish, unpublish, delete, the history and restoring go through the version's own id "
					+ "on the article routes. Slug, topic, screens and error codes are the English article's.")
	Article saveLocale(@PathVariable String id, @PathVariable @Size(max = 10) String locale,
			@Valid @RequestBody @NotNull ArticleAdministration.TranslationDraft draft,
			@AuthenticationPrincipal Caller.Staff admin) {
		return administration.saveTranslation(id, locale, draft, admin.id());
	}

	@GetMapping("/locales/{locale}")
	@Operation(summary = "Every article with its version in a language: missing, draft or published "
			+ "(state filters, e.g. MISSING for the articles still to write)")
	List<ArticleAdministration.Coverage> coverage(@PathVariable @Size(max = 10) String locale,
			@RequestParam(required = false) ArticleAdministration.@Nullable CoverageFilter state) {
		return administration.coverage(locale, state);
	}

	@PutMapping("/categories/{slug}/locales/{locale}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Name a topic in a language (hi) for the customers who read it")
	void saveCategoryName(@PathVariable String slug, @PathVariable @Size(max = 10) String locale,
			@Valid @RequestBody CategoryRequest request) {
		administration.saveCategoryName(slug, locale, request.title(), request.description());
	}

	@PostMapping("/render")
	@Operation(summary = "Render Markdown to the safe HTML customers would see, for a preview")
	Rendered render(@Valid @RequestBody RenderRequest request) {
		return new Rendered(help.render(request.body()));
	}

	@PostMapping("/articles/{id}/publish")
	Article publish(@PathVariable String id) {
		return administration.publish(id);
	}

	@PostMapping("/articles/{id}/unpublish")
	Article unpublish(@PathVariable String id) {
		return administration.unpublish(id);
	}

	@DeleteMapping("/articles/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		administration.delete(id);
	}

	@PutMapping("/categories/{slug}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void saveCategory(@PathVariable String slug, @Valid @RequestBody CategoryRequest request) {
		administration.saveCategory(slug, request.title(), request.description(),
				request.position() == null ? 100 : request.position());
	}

	@DeleteMapping("/categories/{slug}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteCategory(@PathVariable String slug) {
		administration.deleteCategory(slug);
	}

	@GetMapping("/analytics")
	@Operation(summary = "Top searches, searches with no result or no click, and article feedback")
	HelpCentre.Analytics analytics(@RequestParam(defaultValue = "30") @Min(1) @Max(365) int days) {
		return help.analytics(Duration.ofDays(days));
	}

	@GetMapping("/index")
	@Operation(summary = "This node's search index: rebuild state, phase and progress")
	IndexProgress index() {
		return help.indexProgress();
	}

	@PostMapping("/index/rebuild")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Rebuild this node's search index from the database in the background",
			description = "Follow it with GET /api/admin/help/index or the event stream /api/admin/help/index/events. "
					+ "Searches keep using the current index until the new one is ready.")
	IndexProgress rebuild() {
		return help.rebuildIndex();
	}

	@GetMapping(path = "/index/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-sent events with the rebuild's progress (event name: progress); "
			+ "opened while no rebuild runs, it waits for the next one")
	SseEmitter indexEvents() {
		return ProgressEvents.stream(help::indexProgress, p -> p.state() == IndexProgress.State.REBUILDING,
				help::watchIndex, help::unwatchIndex, ProgressEvents.WhenIdle.WAIT_FOR_NEXT);
	}
}
