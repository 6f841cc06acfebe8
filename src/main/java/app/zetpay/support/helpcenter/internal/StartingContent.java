package app.zetpay.support.helpcenter.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * On a first start (no article yet) loads the starting categories and articles shipped in
 * {@code helpcenter/}, published; then fills this node's search index (for words at once, for
 * meaning once the service is up, see {@link IndexKeeper#fillForWords()}). Loading is idempotent:
 * articles whose slug exists are left alone, so several nodes starting together do no harm.
 * <p>
 * The work runs while the rest of the context is still being built ({@link Prepared}, a bean
 * bootstrapped in the background): it needs only the database, and on a 2-core machine it took
 * 0.65 s of a start's critical path when it ran after the context, as a runner. The runner only
 * opens the index for searches, once the preparation is done.
 */
@Component
@Order(10)
class StartingContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartingContent.class);
	private static final String EDITOR = "starting-content";

	private final Articles articles;
	private final ArticleAdministration administration;
	private final IndexKeeper index;
	private final HelpCentreProperties properties;
	private final TransactionTemplate transaction;
	private final ObjectProvider<Prepared> prepared;
	private final java.time.Clock clock;

	StartingContent(Articles articles, ArticleAdministration administration, IndexKeeper index,
			HelpCentreProperties properties, TransactionTemplate transaction, ObjectProvider<Prepared> prepared,
			java.time.Clock clock) {
		this.clock = clock;
		this.transaction = transaction;
		this.articles = articles;
		this.administration = administration;
		this.index = index;
		this.properties = properties;
		this.prepared = prepared;
	}

	/** That the starting content is loaded and the index filled for words; made in the background. */
	record Prepared() {
	}

	@Configuration(proxyBeanMethods = false)
	static class Preparation {

		@Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
		Prepared startingContentPrepared(StartingContent content) {
			return content.prepare();
		}
	}

	Prepared prepare() {
		if (properties.seed() && articles.count() == 0) {
			load();
			loadTranslations();
			index.fillForWords();
			return new Prepared();
		}
		if (properties.seed()) {
			// A database loaded before the Hindi versions existed gets them too; they are not in the
			// index (it holds the English articles), so nothing needs re-indexing.
			loadTranslations();
		}
		if (index.index().isFresh() || !index.index().vectorsComplete()) {
			// New, of an older layout, or left half-filled by a stop during the embedding.
			index.fillForWords();
		}
		else {
			index.catchUp();
		}
		return new Prepared();
	}

	@Override
	public void run(ApplicationArguments args) {
		// Waits for the preparation if the context did not already (it does, before it starts).
		prepared.getObject();
		index.opened();
	}

	void load() {
		try {
			var resolver = new PathMatchingResourcePatternResolver();
			var categories = yaml().<List<Map<String, Object>>>load(
					resolver.getResource("classpath:helpcenter/categories.yml").getContentAsString(StandardCharsets.UTF_8));
			for (int i = 0; i < categories.size(); i++) {
				var category = categories.get(i);
				administration.saveCategory(String.valueOf(category.get("slug")), String.valueOf(category.get("title")),
						(String) category.get("description"), i);
			}
			// <slug>.md is the English article; <slug>.<locale>.md its version in that language.
			var files = Arrays.stream(resolver.getResources("classpath:helpcenter/articles/*.md"))
					.filter(file -> isOriginal(file.getFilename()))
					.sorted(Comparator.comparing(Resource::getFilename)).toArray(Resource[]::new);
			var drafts = new java.util.ArrayList<ArticleAdministration.Draft>(files.length);
			for (var file : files) {
				drafts.add(parse(file.getFilename().replaceFirst("\\.md$", ""),
						file.getContentAsString(StandardCharsets.UTF_8)));
			}
			// One transaction for all: a first start commits once, not once per article.
			var loaded = transaction.execute(status -> drafts.stream()
					.filter(draft -> administration.importPublished(draft, EDITOR)).count());
			log.info("Loaded {} starting help-centre articles in {} categories", loaded, categories.size());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the starting help-centre content", e);
		}
	}

	private static final java.util.regex.Pattern ORIGINAL_FILE = java.util.regex.Pattern.compile("[a-z0-9-]+\\.md");

	/** Whether a shipped file is an English article ({@code <slug>.md}), not a version in another language. */
	static boolean isOriginal(@Nullable String filename) {
		return filename != null && ORIGINAL_FILE.matcher(filename).matches();
	}

	/**
	 * Loads the shipped versions in other languages ({@code <slug>.hi.md}) and the topics' names in
	 * them ({@code categories.yml}), published, for each language that has no version of any article
	 * yet: idempotent, and a version an editor deleted is not brought back while others exist.
	 * @return how many versions were loaded
	 */
	long loadTranslations() {
		try {
			var resolver = new PathMatchingResourcePatternResolver();
			var categories = yaml().<List<Map<String, Object>>>load(
					resolver.getResource("classpath:helpcenter/categories.yml").getContentAsString(StandardCharsets.UTF_8));
			var loaded = 0L;
			for (var locale : ArticleLocales.TRANSLATIONS) {
				for (var category : categories) {
					if (category.get(locale) instanceof Map<?, ?> named && articles.category(String.valueOf(category.get("slug"))).isPresent()) {
						articles.saveCategoryIn(String.valueOf(category.get("slug")), locale, String.valueOf(named.get("title")),
								named.get("description") == null ? null : String.valueOf(named.get("description")),
								clock.instant(), true);
					}
				}
				if (articles.countIn(locale) > 0) {
					continue;
				}
				var suffix = "." + locale + ".md";
				var files = resolver.getResources("classpath:helpcenter/articles/*" + suffix);
				Arrays.sort(files, Comparator.comparing(Resource::getFilename));
				var drafts = new java.util.LinkedHashMap<String, ArticleAdministration.TranslationDraft>();
				for (var file : files) {
					var slug = file.getFilename().substring(0, file.getFilename().length() - suffix.length());
					drafts.put(slug, parseTranslation(slug, file.getContentAsString(StandardCharsets.UTF_8)));
				}
				var count = transaction.execute(status -> drafts.entrySet().stream()
						.filter(e -> administration.importTranslation(e.getKey(), locale, e.getValue(), EDITOR)).count());
				log.info("Loaded {} starting help-centre articles in {}", count, locale);
				loaded += count == null ? 0 : count;
			}
			return loaded;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the starting help-centre content", e);
		}
	}

	/** A version in another language: its title, example questions and tags; the rest is the article's. */
	static ArticleAdministration.TranslationDraft parseTranslation(String slug, String text) {
		var parts = text.split("(?m)^---\\s*$", 3);
		if (parts.length < 3) {
			throw new IllegalStateException("Article " + slug + " has no front matter");
		}
		Map<String, Object> front = yaml().load(parts[1]);
		return new ArticleAdministration.TranslationDraft(String.valueOf(front.get("title")), parts[2].strip(),
				strings(front.get("tags")), strings(front.get("questions")));
	}

	static ArticleAdministration.Draft parse(String slug, String text) {
		var parts = text.split("(?m)^---\\s*$", 3);
		if (parts.length < 3) {
			throw new IllegalStateException("Article " + slug + " has no front matter");
		}
		Map<String, Object> front = yaml().load(parts[1]);
		return new ArticleAdministration.Draft(slug, "en", String.valueOf(front.get("category")),
				String.valueOf(front.get("title")), parts[2].strip(), strings(front.get("tags")),
				strings(front.get("questions")), strings(front.get("screens")), strings(front.get("errorCodes")));
	}

	private static List<String> strings(@Nullable Object value) {
		return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
	}

	private static Yaml yaml() {
		return new Yaml(new SafeConstructor(new LoaderOptions()));
	}
}
