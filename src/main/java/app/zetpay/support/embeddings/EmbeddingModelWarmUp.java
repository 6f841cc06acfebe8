package app.zetpay.support.embeddings;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import app.zetpay.support.shared.NativeLoads;
import app.zetpay.support.shared.WarmUp;

/**
 * Loads the embedding model after the service is up, first of the warm-ups, so that neither the
 * start nor the first search or bot message waits for it. Until it is loaded, search answers by
 * words alone.
 *
 * <p>It loads on a common-pool thread on purpose: in the packaged jar that thread's context class
 * loader sees none of the libraries, which once made the load fail whenever such a thread came
 * first. Loading there at every start keeps that path exercised (the log names the thread).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
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

	@Override
	public void warmUp() {
		status = Status.warmingUp("loading all-MiniLM-L6-v2", null);
		try {
			CompletableFuture.runAsync(() -> {
				var started = System.nanoTime();
				if (embeddings.load()) {
					log.info("Embedding model loaded in {} ms on {}", (System.nanoTime() - started) / 1_000_000,
							Thread.currentThread().getName());
				}
			}).join();
		}
		catch (RuntimeException e) {
			if (e.getCause() instanceof NativeLoads.ShuttingDown) {
				status = Status.failed("not loaded: the service is shutting down");
				log.info("Not loading the embedding model: the service is shutting down");
				return;
			}
			status = Status.failed("could not load the embedding model: " + e.getMessage());
			log.error("Could not load the embedding model; search stays lexical and the bot hands chats to people", e);
		}
	}
}
