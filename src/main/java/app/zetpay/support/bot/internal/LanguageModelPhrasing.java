package app.zetpay.support.bot.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.zetpay.support.masking.SensitiveData;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * Phrases answers with an OpenAI-compatible chat model, grounded in one article: the model sees the
 * article and the customer's message (card numbers, OTPs and the like masked first) and is told to
 * use nothing else, and to say {@value #DECLINE} when the article does not answer the message. Any
 * failure, a slow reply, a refusal, an empty or overlong answer, or a breaker opened by repeated
 * failures, gives the plain article answer instead.
 */
final class LanguageModelPhrasing implements AnswerPhrasing {

	static final String DECLINE = "NO_ANSWER";
	static final int MAX_ANSWER_CHARS = 700;
	/** Articles are short; this keeps a long one from costing a large prompt. */
	private static final int MAX_ARTICLE_CHARS = 6_000;

	private static final Logger log = LoggerFactory.getLogger(LanguageModelPhrasing.class);

	private static final String INSTRUCTIONS = """
			You are the Zet Pay support assistant, answering a customer of the Zet Pay payments app in chat.
			Answer the customer's message using only the help-centre article given below. Do not add facts,
			amounts, dates, time limits, fees or steps that are not in the article. Be brief (at most 80 words),
			plain and friendly, in the customer's language if it is clear, otherwise in English. Never ask for a
			PIN, OTP, password, CVV or full card number. If the article does not answer the message, reply with
			exactly %s and nothing else.""".formatted(DECLINE);

	private final ChatModel model;
	private final Semaphore slots;
	private final CircuitBreaker breaker;

	LanguageModelPhrasing(ChatModel model, int maxConcurrent) {
		this.model = model;
		this.slots = new Semaphore(maxConcurrent);
		this.breaker = CircuitBreaker.of("language-model", CircuitBreakerConfig.custom()
				.slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
				.waitDurationInOpenState(Duration.ofSeconds(30)).permittedNumberOfCallsInHalfOpenState(2).build());
	}

	static LanguageModelPhrasing of(LanguageModelProperties properties) {
		var model = OpenAiChatModel.builder()
				.baseUrl(properties.baseUrl())
				.apiKey(properties.apiKey() == null || properties.apiKey().isBlank() ? "none" : properties.apiKey())
				.modelName(properties.model())
				.timeout(properties.timeout())
				.maxRetries(0) // A retry would double the customer's wait; the plain answer is better.
				.temperature(0.2)
				.build();
		return new LanguageModelPhrasing(model, properties.maxConcurrent());
	}

	@Override
	public Optional<String> phrase(String message, String title, Supplier<Optional<String>> article) {
		if (!slots.tryAcquire()) {
			return Optional.empty();
		}
		try {
			// The article is read inside the breaker's call: an open breaker costs no read either.
			var reply = breaker.executeSupplier(() -> article.get().map(text -> model.chat(List.of(
					SystemMessage.from(INSTRUCTIONS), UserMessage.from("Article: " + title + "\n\n" + grounded(text)
							+ "\n\nCustomer's message: " + SensitiveData.mask(message).text())))
				.aiMessage().text()).orElse(null));
			return usable(reply);
		}
		catch (CallNotPermittedException e) {
			return Optional.empty();
		}
		catch (RuntimeException e) {
			log.warn("The language model did not phrase an answer, the article's lead goes instead: {}", e.toString());
			return Optional.empty();
		}
		finally {
			slots.release();
		}
	}

	private static String grounded(String article) {
		return article.length() > MAX_ARTICLE_CHARS ? article.substring(0, MAX_ARTICLE_CHARS) : article;
	}

	private static Optional<String> usable(@Nullable String reply) {
		if (reply == null) {
			return Optional.empty();
		}
		var text = reply.strip();
		if (text.isEmpty() || text.length() > MAX_ANSWER_CHARS || text.toUpperCase(Locale.ROOT).contains(DECLINE)) {
			return Optional.empty();
		}
		return Optional.of(text);
	}
}
