package app.zetpay.support.embeddings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EmbeddingsConfiguration {

	/** One embedding model per process: it holds ~25 MB of weights and an ONNX session. */
	@Bean
	SentenceEmbeddings sentenceEmbeddings() {
		return new SentenceEmbeddings();
	}
}
