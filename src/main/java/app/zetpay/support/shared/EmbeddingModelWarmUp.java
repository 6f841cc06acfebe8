package app.zetpay.support.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the embedding model in the background once the service is up, so that neither the start
 * nor the first search or bot message waits for it. Until it is loaded, search answers lexically.
 */
@Component
class EmbeddingModelWarmUp implements WarmUp {

	private static final Logger log = LoggerFactory.getLogger(EmbeddingModelWarmUp.class);

	private final SentenceEmbeddings embeddings;
	private volatile Status status = Status.warmingUp("waiting for the service to start", null);

	EmbeddingModelWarmUp(SentenceEmbeddings embeddings) {
		this.embeddings = embeddings;
	}

	@Override
	public String name() {
		return "embeddingModel";
	}

	@Override
	public Status status() {
		return embeddings.isLoaded() ? Status.ready("all-MiniLM-L6-v2 loaded") : status;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadInBackground() {
		status = Status.warmingUp("loading all-MiniLM-L6-v2", null);
		Thread.ofVirtual().name("embedding-model-load").start(() -> {
			var started = System.nanoTime();
			try {
				if (!embeddings.isLoaded()) {
					embeddings.load();
					log.info("Embedding model loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
				}
			}
			catch (RuntimeException e) {
				status = Status.failed("could not load the embedding model: " + e.getMessage());
				log.error("Could not load the embedding model; search stays lexical and the bot hands chats to people", e);
			}
		});
	}
}
