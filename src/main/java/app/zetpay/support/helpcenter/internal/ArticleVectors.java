package app.zetpay.support.helpcenter.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.embeddings.SentenceEmbeddings;

/**
 * The embeddings of each article's passages: its title, each example question, and the lead of its
 * body. Computed on the first node that needs them and stored, so other nodes and later rebuilds
 * read them instead of running the model again.
 */
@Repository
class ArticleVectors {

	/** Bump when the model or the way passages are cut changes: every article then gets fresh vectors. */
	static final String MODEL = "all-minilm-l6-v2-q/1";

	private static final int MAX_QUESTIONS = 50;
	private static final int LEAD_CHARS = 400;
	private static final int BATCH = 128;

	private final JdbcClient jdbc;
	private final SentenceEmbeddings embeddings;
	private final MarkdownRenderer markdown;
	private final TransactionTemplate ownTransaction;

	ArticleVectors(JdbcClient jdbc, SentenceEmbeddings embeddings, MarkdownRenderer markdown,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.embeddings = embeddings;
		this.markdown = markdown;
		// An edit's vectors are stored after its transaction committed, while that transaction's
		// connection is still bound to the thread: without a new transaction they would ride on it
		// uncommitted until its clean-up happened to commit them.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** An article's passages and the hash that identifies them with the model. */
	record Passages(Article article, List<String> texts, String hash) {

		String key() {
			return article.id() + "/" + hash;
		}
	}

	Passages passages(Article article) {
		return passages(article, markdown.text(article.body()));
	}

	/** With the body's plain text, when the caller has it already. */
	Passages passages(Article article, String bodyText) {
		var texts = texts(article, bodyText);
		return new Passages(article, texts, hash(texts));
	}

	/** What gets a vector: the title, each example question, and the lead of the body's plain text. */
	static List<String> texts(Article article, String bodyText) {
		var texts = new ArrayList<String>();
		texts.add(article.title());
		article.questions().stream().limit(MAX_QUESTIONS).forEach(texts::add);
		texts.add(bodyText.length() > LEAD_CHARS ? bodyText.substring(0, LEAD_CHARS) : bodyText);
		return List.copyOf(texts);
	}

	/** How many passages of these articles still need the model, for progress reporting. */
	int missing(List<Passages> articles) {
		// Counted, not read: the vectors themselves are read once, by of().
		var counts = new HashMap<String, Integer>();
		var ids = articles.stream().map(p -> p.article().id()).distinct().toList();
		for (int from = 0; from < ids.size(); from += 500) {
			jdbc.sql("SELECT article_id, content_hash, COUNT(*) FROM help_article_vector WHERE article_id IN (:ids)"
					+ " GROUP BY article_id, content_hash")
					.param("ids", ids.subList(from, Math.min(ids.size(), from + 500))).query(rs -> {
						counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
					});
		}
		// As in stored(): a partial set is computed again.
		return articles.stream().filter(p -> counts.getOrDefault(p.key(), 0) != p.texts().size())
				.mapToInt(p -> p.texts().size()).sum();
	}

	/**
	 * The vectors of each article (by id), computing and storing those not stored yet.
	 * {@code embedded} hears how many passages each batch embedded.
	 */
	Map<String, List<float[]>> of(List<Passages> articles, IntConsumer embedded) {
		var stored = storedByKey(articles);
		var result = new HashMap<String, List<float[]>>();
		var batch = new ArrayList<Passages>();
		var texts = 0;
		for (var passages : articles) {
			var vectors = stored.get(passages.key());
			if (vectors != null) {
				result.put(passages.article().id(), vectors);
				continue;
			}
			batch.add(passages);
			texts += passages.texts().size();
			if (texts >= BATCH) {
				result.putAll(embedAndStore(batch, embedded));
				batch.clear();
				texts = 0;
			}
		}
		result.putAll(embedAndStore(batch, embedded));
		return result;
	}

	private Map<String, List<float[]>> embedAndStore(List<Passages> articles, IntConsumer embedded) {
		if (articles.isEmpty()) {
			return Map.of();
		}
		var texts = new ArrayList<String>();
		articles.forEach(p -> texts.addAll(p.texts()));
		var vectors = embeddings.embedAll(texts);
		var result = new HashMap<String, List<float[]>>();
		var at = 0;
		for (var passages : articles) {
			var own = List.copyOf(vectors.subList(at, at + passages.texts().size()));
			at += own.size();
			save(passages, own);
			result.put(passages.article().id(), own);
		}
		embedded.accept(texts.size());
		return result;
	}

	private void save(Passages passages, List<float[]> vectors) {
		ownTransaction.executeWithoutResult(tx -> store(passages, vectors));
	}

	private void store(Passages passages, List<float[]> vectors) {
		var id = passages.article().id();
		jdbc.sql("DELETE FROM help_article_vector WHERE article_id = :id AND content_hash <> :hash")
				.param("id", id).param("hash", passages.hash()).update();
		for (int i = 0; i < vectors.size(); i++) {
			// Another node may be storing the same vectors right now: the model is deterministic, so
			// whichever row lands is right.
			jdbc.sql("INSERT INTO help_article_vector (article_id, content_hash, ordinal, embedding)"
					+ " VALUES (:id, :hash, :ordinal, :embedding) ON CONFLICT DO NOTHING")
					.param("id", id).param("hash", passages.hash()).param("ordinal", i)
					.param("embedding", bytes(vectors.get(i))).update();
		}
	}

	/** The stored vectors of those articles whose passages are unchanged, by article id; none is computed. */
	Map<String, List<float[]>> stored(List<Passages> articles) {
		var byKey = storedByKey(articles);
		var byId = new HashMap<String, List<float[]>>();
		for (var passages : articles) {
			var vectors = byKey.get(passages.key());
			if (vectors != null) {
				byId.put(passages.article().id(), vectors);
			}
		}
		return byId;
	}

	/** Stored vectors of these articles whose passages are unchanged, by {@link Passages#key()}. */
	private Map<String, List<float[]>> storedByKey(List<Passages> articles) {
		var wanted = new HashMap<String, String>();
		articles.forEach(p -> wanted.put(p.article().id(), p.hash()));
		var found = new HashMap<String, List<float[]>>();
		var ids = new ArrayList<>(wanted.keySet());
		for (int from = 0; from < ids.size(); from += 500) {
			var chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			jdbc.sql("SELECT article_id, content_hash, embedding FROM help_article_vector WHERE article_id IN (:ids)"
					+ " ORDER BY article_id, ordinal")
					.param("ids", chunk).query(rs -> {
						var id = rs.getString(1);
						if (rs.getString(2).equals(wanted.get(id))) {
							found.computeIfAbsent(id + "/" + rs.getString(2), k -> new ArrayList<>())
									.add(floats(rs.getBytes(3)));
						}
					});
		}
		// A partial set (a node died while storing) does not count: it is computed again.
		var complete = new HashMap<String, List<float[]>>();
		for (var passages : articles) {
			var vectors = found.get(passages.key());
			if (vectors != null && vectors.size() == passages.texts().size()) {
				complete.put(passages.key(), vectors);
			}
		}
		return complete;
	}

	private static String hash(List<String> texts) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(MODEL.getBytes(StandardCharsets.UTF_8));
			for (var text : texts) {
				digest.update((byte) 0);
				digest.update(text.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	static byte[] bytes(float[] vector) {
		var buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asFloatBuffer().put(vector);
		return buffer.array();
	}

	static float[] floats(byte[] bytes) {
		var vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
		return vector;
	}
}
