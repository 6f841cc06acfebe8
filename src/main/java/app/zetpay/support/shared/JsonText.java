package app.zetpay.support.shared;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * Every string the application's JSON mapper reads comes without {@link ControlCharacters}: request
 * bodies bound to records, socket frames and the payments webhook read as trees. One place instead
 * of a check per field, so a new text field cannot forget it.
 */
@Configuration(proxyBeanMethods = false)
class JsonText {

	@Bean
	JsonMapperBuilderCustomizer controlCharactersStripped() {
		return builder -> builder
				.addModule(new SimpleModule("control-characters").addDeserializer(String.class, new CleanStrings()))
				.nodeFactory(new CleanNodes());
	}

	/** Strings bound to fields, collections and maps. */
	static final class CleanStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			var value = super.deserialize(p, ctxt);
			return value == null ? null : ControlCharacters.strip(value);
		}
	}

	/** Strings in trees ({@code readTree}). */
	static final class CleanNodes extends JsonNodeFactory {

		@Override
		public StringNode stringNode(String text) {
			return super.stringNode(text == null ? null : ControlCharacters.strip(text));
		}
	}
}
