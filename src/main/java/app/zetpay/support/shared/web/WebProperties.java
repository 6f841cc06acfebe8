package app.zetpay.support.shared.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web limits shared by every module.
 *
 * @param maxRequestBody the largest non-multipart request body accepted; uploads have their own
 *     limits ({@code spring.servlet.multipart.*})
 * @param allowedOrigins the pages of other origins that may call {@code /api} and open {@code /ws}
 *     (where the chat widget is embedded); empty: this origin only ({@link AllowedOrigins})
 */
@ConfigurationProperties("support.web")
record WebProperties(@DefaultValue("256KB") DataSize maxRequestBody, @DefaultValue List<String> allowedOrigins) {
}
