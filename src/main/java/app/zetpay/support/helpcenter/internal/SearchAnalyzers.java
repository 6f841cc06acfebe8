package app.zetpay.support.helpcenter.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * How text becomes search terms. Both sides stem English; the query side also expands payment
 * jargon, so "money deducted" meets an article that says "debited" and "VPA" one that says "UPI ID".
 */
final class SearchAnalyzers {

	/** Groups of words and phrases customers use for the same thing. */
	private static final String[][] SYNONYMS = {
			{ "upi id", "vpa", "virtual payment address", "upi handle" },
			{ "debited", "deducted", "money gone", "amount cut", "money cut", "charged", "taken from my account" },
			{ "refund", "money back", "reversal", "reversed", "return my money" },
			{ "failed", "unsuccessful", "declined", "did not go through", "didn't go through" },
			{ "otp", "one time password", "verification code" },
			{ "upi pin", "mpin" },
			{ "kyc", "verification", "verify identity" },
			{ "top up", "topup", "add money", "load money" },
			{ "recharge", "prepaid recharge" },
			{ "fraud", "scam", "unauthorised", "unauthorized", "suspicious" },
			{ "blocked", "frozen", "locked" },
			{ "payee", "beneficiary", "recipient" },
	};

	private SearchAnalyzers() {
	}

	/**
	 * Words customers put around every question ("hi, can you tell me why my …"). Dropped from
	 * queries only: they match nearly every article, so they cost time on long questions (the slowest
	 * searches were all chatty ones) and add nothing to the ranking. The index keeps them.
	 */
	static final CharArraySet QUERY_STOP_WORDS = queryStopWords();

	static Analyzer index() {
		return new Stemming(null, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
	}

	static Analyzer query() {
		return new Stemming(synonyms(), QUERY_STOP_WORDS);
	}

	static Analyzer queryWithoutSynonyms() {
		return new Stemming(null, QUERY_STOP_WORDS);
	}

	private static CharArraySet queryStopWords() {
		var words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		words.addAll(java.util.List.of("i", "im", "i'm", "me", "my", "mine", "myself", "we", "our", "us", "you",
				"your", "he", "she", "him", "her", "his", "am", "been", "being", "were", "please", "hi", "hello", "hey",
				"just", "so", "some", "also", "very", "really"));
		return CharArraySet.unmodifiableSet(words);
	}

	/** Lower-cased words only, no stemming: what typo tolerance compares against. */
	static Analyzer raw() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				var tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
			}
		};
	}

	private static final class Stemming extends Analyzer {

		private final SynonymMap synonyms;
		private final CharArraySet stopWords;

		Stemming(SynonymMap synonyms, CharArraySet stopWords) {
			this.synonyms = synonyms;
			this.stopWords = stopWords;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			var tokenizer = new StandardTokenizer();
			var stream = new LowerCaseFilter(tokenizer);
			var expanded = synonyms == null ? stream : new SynonymGraphFilter(stream, synonyms, true);
			var filtered = new StopFilter(new EnglishPossessiveFilter(expanded), stopWords);
			return new TokenStreamComponents(tokenizer, new PorterStemFilter(filtered));
		}
	}

	private static SynonymMap synonyms() {
		try {
			var builder = new SynonymMap.Builder(true);
			for (var group : SYNONYMS) {
				for (var from : group) {
					for (var to : group) {
						if (!from.equals(to)) {
							builder.add(phrase(from), phrase(to), true);
						}
					}
				}
			}
			return builder.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static CharsRef phrase(String words) {
		return SynonymMap.Builder.join(words.split(" "), new CharsRefBuilder());
	}
}
