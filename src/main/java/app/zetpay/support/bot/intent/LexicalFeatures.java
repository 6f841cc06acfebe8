package app.zetpay.support.bot.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word and character features hashed into a fixed number of buckets, so no vocabulary has to be
 * stored and unseen words still land somewhere meaningful (their character n-grams). Embeddings
 * miss the exact wording that separates close intents ("top up" vs "top-up failed"); these catch it.
 * The hash is FNV-1a over the feature's characters: stable across JVMs, which a stored model needs.
 */
final class LexicalFeatures {

	private final int buckets;
	private final int mask;

	LexicalFeatures(int hashBits) {
		this.buckets = 1 << hashBits;
		this.mask = buckets - 1;
	}

	int buckets() {
		return buckets;
	}

	/** Raw counts of word (unigram, bigram) features and of character (3 to 5) n-gram features. */
	Counts count(String text) {
		var tokens = tokens(text);
		var words = new Counter();
		for (int i = 0; i < tokens.size(); i++) {
			words.add(hash('w', tokens.get(i)));
			var previous = i == 0 ? "^" : tokens.get(i - 1);
			words.add(hash('b', previous + ' ' + tokens.get(i)));
		}
		var chars = new Counter();
		for (var token : tokens) {
			var padded = ' ' + token + ' ';
			for (int n = 3; n <= 5; n++) {
				for (int start = 0; start + n <= padded.length(); start++) {
					chars.add(hash('c', padded.substring(start, start + n)));
				}
			}
		}
		return new Counts(words.toSparse(), chars.toSparse());
	}

	static List<String> tokens(String text) {
		var tokens = new ArrayList<String>();
		var lower = text.toLowerCase(Locale.ROOT);
		var token = new StringBuilder();
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				token.append(c);
			}
			else if (c != '\'' && !token.isEmpty()) {
				// "can't" and "cant" mean the same; an apostrophe joins rather than splits.
				tokens.add(token.toString());
				token.setLength(0);
			}
		}
		if (!token.isEmpty()) {
			tokens.add(token.toString());
		}
		return tokens;
	}

	private int hash(char kind, String feature) {
		int hash = 0x811c9dc5;
		hash = (hash ^ kind) * 0x01000193;
		for (int i = 0; i < feature.length(); i++) {
			hash = (hash ^ feature.charAt(i)) * 0x01000193;
		}
		return (hash ^ (hash >>> 16)) & mask;
	}

	/** Counts of hashed word and character features for one text. */
	record Counts(Sparse words, Sparse chars) {
	}

	/** A sparse vector: sorted distinct indices and their values. */
	record Sparse(int[] indices, float[] values) {

		static final Sparse EMPTY = new Sparse(new int[0], new float[0]);

		int size() {
			return indices.length;
		}
	}

	private static final class Counter {

		private int[] hashes = new int[64];
		private int size;

		void add(int hash) {
			if (size == hashes.length) {
				hashes = Arrays.copyOf(hashes, size * 2);
			}
			hashes[size++] = hash;
		}

		Sparse toSparse() {
			if (size == 0) {
				return Sparse.EMPTY;
			}
			var sorted = Arrays.copyOf(hashes, size);
			Arrays.sort(sorted);
			var indices = new int[size];
			var values = new float[size];
			int distinct = 0;
			for (int i = 0; i < sorted.length; i++) {
				if (distinct > 0 && indices[distinct - 1] == sorted[i]) {
					values[distinct - 1]++;
				}
				else {
					indices[distinct] = sorted[i];
					values[distinct++] = 1;
				}
			}
			return new Sparse(Arrays.copyOf(indices, distinct), Arrays.copyOf(values, distinct));
		}
	}
}
