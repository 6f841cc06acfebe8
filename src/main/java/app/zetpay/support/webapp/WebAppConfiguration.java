package app.zetpay.support.webapp;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;

/**
 * The build's scripts, styles, fonts and images under {@code /assets}: their names carry a hash of
 * their content, so a browser or proxy keeps them for a year without asking again. Scripts and
 * styles go out as the Brotli or gzip copy the build wrote beside them (web/scripts/precompress.mjs)
 * when the browser accepts it, with {@code Vary: Accept-Encoding}. Other files of the build (none yet;
 * the widget's script later) come from Boot's default handler for {@code classpath:/static}.
 */
@Configuration(proxyBeanMethods = false)
class WebAppConfiguration implements WebMvcConfigurer {

	static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/assets/")
			.setCacheControl(HASHED)
			// Not cached: the chain's cache keys a request by its encodings sorted, while the encoded
			// resolver goes by the order the client lists them, so Chromium's "gzip, …, br" filled the
			// entry a "br, gzip" client then got gzip from. Resolving is one file check per request.
			.resourceChain(false)
			.addResolver(new EncodedResourceResolver());
	}
}
