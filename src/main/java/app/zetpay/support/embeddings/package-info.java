/**
 * Sentence embeddings in process: all-MiniLM-L6-v2 on ONNX Runtime with its HuggingFace tokenizer
 * (docs/decisions/0012), loaded once per process and warmed up after the service is up. The help
 * centre's semantic search and the bot's intent features use it; it knows nothing of either.
 */
@NullMarked
package app.zetpay.support.embeddings;

import org.jspecify.annotations.NullMarked;
