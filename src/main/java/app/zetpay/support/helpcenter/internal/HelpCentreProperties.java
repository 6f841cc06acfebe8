package app.zetpay.support.helpcenter.internal;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the {@code helpcenter} module ({@code support.helpcenter.*}).
 *
 * @param indexDirectory where this node keeps its search index; in memory when empty
 * @param sync how often the index catches up with articles changed on any node
 * @param seed whether the first start loads the starting articles shipped with the app
 * @param imageHosts hosts besides our own whose images articles may show over https, e.g. a CDN
 *        ({@code cdn.zetpay.app}); other external images are dropped (their alt text stays), as
 *        they would tell a third party who reads which article
 */
@ConfigurationProperties("support.helpcenter")
public record HelpCentreProperties(@Nullable String indexDirectory, @DefaultValue("1s") Duration sync,
		@DefaultValue("true") boolean seed, @DefaultValue List<String> imageHosts) {
}
