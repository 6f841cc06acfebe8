package app.zetpay.support.bot.intent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import app.zetpay.support.bot.intent.Features.Weights;
import app.zetpay.support.embeddings.SentenceEmbeddings;

/**
 * The stored form of an {@link IntentModel}: a magic number and format version, then intents,
 * feature settings, IDF and weights as raw floats, gzipped (the hash space is mostly empty, so the
 * zeros compress away). A new feature or layout must bump {@link #VERSION}; versions this code
 * cannot read are refused with a clear message rather than misread. Version 2 added how many word
 * pieces are embedded; a version 1 model was trained on whole messages, and is read as such.
 */
final class IntentModelFormat {

	private static final int MAGIC = 0x5A494D44; // "ZIMD"
	static final int VERSION = 2;
	private static final int WHOLE_MESSAGE_VERSION = 1;

	private IntentModelFormat() {
	}

	static byte[] write(List<String> intents, Features features, LinearSoftmax classifier, int wordPieces) {
		var bytes = new ByteArrayOutputStream();
		try (var out = new DataOutputStream(new GZIPOutputStream(bytes))) {
			out.writeInt(MAGIC);
			out.writeInt(VERSION);
			out.writeInt(intents.size());
			for (var intent : intents) {
				out.writeUTF(intent);
			}
			out.writeInt(features.hashBits());
			var weights = features.weights();
			out.writeFloat(weights.embedding());
			out.writeFloat(weights.words());
			out.writeFloat(weights.chars());
			out.writeInt(wordPieces);
			writeFloats(out, features.idf());
			out.writeInt(classifier.denseDimensions());
			writeFloats(out, classifier.dense);
			writeFloats(out, classifier.sparse);
			writeFloats(out, classifier.bias);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static IntentModel read(byte[] bytes, SentenceEmbeddings embeddings) {
		try (var in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)))) {
			if (in.readInt() != MAGIC) {
				throw new IllegalArgumentException("not an intent model");
			}
			int version = in.readInt();
			if (version != VERSION && version != WHOLE_MESSAGE_VERSION) {
				throw new IllegalArgumentException("intent model format " + version + " is not supported; retrain it");
			}
			int classes = in.readInt();
			var intents = new ArrayList<String>(classes);
			for (int i = 0; i < classes; i++) {
				intents.add(in.readUTF());
			}
			int hashBits = in.readInt();
			var weights = new Weights(in.readFloat(), in.readFloat(), in.readFloat());
			int wordPieces = version == WHOLE_MESSAGE_VERSION ? SentenceEmbeddings.MAX_WORD_PIECES : in.readInt();
			if (wordPieces < 3 || wordPieces > SentenceEmbeddings.MAX_WORD_PIECES) {
				throw new IllegalArgumentException("intent model is inconsistent");
			}
			var features = new Features(hashBits, readFloats(in), weights);
			int denseDimensions = in.readInt();
			var dense = readFloats(in);
			var sparse = readFloats(in);
			var bias = readFloats(in);
			if (dense.length != denseDimensions * classes || sparse.length != features.sparseDimensions() * classes
					|| bias.length != classes) {
				throw new IllegalArgumentException("intent model is inconsistent");
			}
			return new IntentModel(intents, features, new LinearSoftmax(classes, dense, sparse, bias), wordPieces,
					embeddings);
		}
		catch (IOException e) {
			throw new IllegalArgumentException("intent model is unreadable: " + e.getMessage(), e);
		}
	}

	private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
		out.writeInt(values.length);
		var buffer = ByteBuffer.allocate(values.length * Float.BYTES);
		buffer.asFloatBuffer().put(values);
		out.write(buffer.array());
	}

	private static float[] readFloats(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > 64_000_000) {
			throw new IOException("implausible array length " + length);
		}
		var buffer = new byte[length * Float.BYTES];
		in.readFully(buffer);
		var values = new float[length];
		ByteBuffer.wrap(buffer).asFloatBuffer().get(values);
		return values;
	}
}
