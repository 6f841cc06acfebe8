package app.zetpay.support.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web limits shared by every module.
 *
 * @param maxRequestBody the largest non-multipart request body accepted; uploads have their own
 *     limits ({@code spring.servlet.multipart.*})
 */
@ConfigurationProperties("support.web")
record WebProperties(@DefaultValue("256KB") DataSize maxRequestBody) {
}
