package app.zetpay.support.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

class SentenceEmbeddingsTests {

	private static final SentenceEmbeddings embeddings = new SentenceEmbeddings();

	private static final String LONG = "I made a payment to my electricity board from my savings account yesterday evening and "
			+ "the app showed that the payment had failed, but the money was taken from my account anyway and "
			+ "it has not come back even after a full day, so please tell me where my money is";

	@Test
	void vectorsAreThoseOfLangchain4jsWrapperSoStoredVectorsStayValid() {
		var reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
		for (var text : List.of("money gone but payment failed", "How do I block my card?", LONG, "ok")) {
			var expected = unit(reference.embed(text).content().vector());
			assertThat(SentenceEmbeddings.dot(embeddings.embed(text), expected)).as(text).isCloseTo(1f, within(1e-4f));
		}
	}

	@Test
	void vectorsHaveUnitLength() {
		var vector = embeddings.embed("where is my refund");
		assertThat(vector).hasSize(SentenceEmbeddings.DIMENSIONS);
		assertThat(SentenceEmbeddings.dot(vector, vector)).isCloseTo(1f, within(1e-4f));
	}

	@Test
	void aCapReadsOnlyTheFirstWordPieces() {
		var capped = embeddings.embed(LONG, 32);
		assertThat(SentenceEmbeddings.dot(capped, embeddings.embed(LONG + " right now, today", 32))).isCloseTo(1f, within(1e-5f));
		assertThat(SentenceEmbeddings.dot(capped, embeddings.embed(LONG))).isLessThan(0.999f);
	}

	@Test
	void aCapAboveTheTextsLengthChangesNothing() {
		var text = "my card has not arrived";
		assertThat(SentenceEmbeddings.dot(embeddings.embed(text, 32), embeddings.embed(text))).isCloseTo(1f, within(1e-5f));
	}

	@Test
	void blankTextStillEmbeds() {
		assertThat(embeddings.embed("   ")).hasSize(SentenceEmbeddings.DIMENSIONS);
	}

	@Test
	void embeddingManyKeepsTheirOrder() {
		var texts = List.of("top up failed", "card not working", "change my PIN", "exchange rate");
		var vectors = embeddings.embedAll(texts, 32);
		for (int i = 0; i < texts.size(); i++) {
			assertThat(SentenceEmbeddings.dot(vectors.get(i), embeddings.embed(texts.get(i), 32))).isCloseTo(1f, within(1e-5f));
		}
	}

	@Test
	void aCapOutsideWhatTheModelReadsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> embeddings.embed("hello", 2));
		assertThatIllegalArgumentException().isThrownBy(() -> embeddings.embed("hello", 257));
	}

	private static float[] unit(float[] v) {
		double norm = 0;
		for (float x : v) {
			norm += x * x;
		}
		var out = new float[v.length];
		for (int i = 0; i < v.length; i++) {
			out[i] = (float) (v[i] / Math.sqrt(norm));
		}
		return out;
	}
}
