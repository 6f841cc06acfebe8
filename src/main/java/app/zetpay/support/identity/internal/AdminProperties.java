package app.zetpay.support.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin, created on first start when no admin exists. Set with the environment variables
 * {@code SUPPORT_ADMIN_EMAIL} and {@code SUPPORT_ADMIN_PASSWORD}; without a password one is generated
 * and logged once.
 *
 * @param passwordFile where a generated password is also written (the embedded default, so the
 *     README's walkthrough can read it); empty in the production profile: there it is only logged
 */
@ConfigurationProperties("support.admin")
record AdminProperties(@DefaultValue("admin@zetpay.local") String email, @Nullable String password,
		@DefaultValue("Support Admin") String name, @Nullable String passwordFile) {
}
