package app.zetpay.support.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import app.zetpay.support.identity.Role;
import app.zetpay.support.shared.Problems;

/**
 * The route rules. Everything under {@code /api} needs a valid bearer token except sign-in (and the
 * dev token endpoint where it exists); admin routes need ADMIN; failures are problem+json.
 * Stateless: no session, no cookie, so no CSRF token is needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, BearerTokens tokens, Problems problems, IdentityProperties properties)
			throws Exception {
		var bearer = new BearerTokenAuthenticationEntryPoint();
		AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
			bearer.commence(request, response, failure);
			writeUnauthorized(problems, request, response, failure);
		};
		AccessDeniedHandler forbidden = (request, response, denied) -> problems.write(response,
				Problems.of(HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to do this."));
		http.csrf(csrf -> csrf.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.httpBasic(basic -> basic.disable())
				.formLogin(form -> form.disable())
				.logout(logout -> logout.disable())
				.requestCache(cache -> cache.disable())
				.authorizeHttpRequests(routes -> {
					routes.requestMatchers("/api/auth/login").permitAll();
					// The help centre is public reading; feedback needs a user.
					routes.requestMatchers(HttpMethod.GET, "/api/support/faqs", "/api/support/faqs/**", "/api/support/help")
							.permitAll();
					// Authenticated by its HMAC signature, not by a user's token.
					routes.requestMatchers("/api/integrations/payments/events").permitAll();
					if (properties.devTokens().enabled()) {
						routes.requestMatchers("/api/dev/token").permitAll();
					}
					routes.requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
							.requestMatchers("/api/bot/classify").hasAnyRole(Role.AGENT.name(), Role.ADMIN.name())
							.requestMatchers("/api/**").authenticated()
							.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
									"/actuator/prometheus")
							.permitAll()
							.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
							.anyRequest().permitAll();
				})
				.oauth2ResourceServer(server -> server
						.authenticationManagerResolver(tokens.resolver())
						.authenticationEntryPoint(unauthorized)
						.accessDeniedHandler(forbidden))
				.exceptionHandling(handling -> handling
						.authenticationEntryPoint(unauthorized)
						.accessDeniedHandler(forbidden));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static void writeUnauthorized(Problems problems, HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		var hasToken = request.getHeader("Authorization") != null;
		var problem = hasToken
				? Problems.of(HttpStatus.UNAUTHORIZED, "invalid-token",
						"The bearer token is invalid or expired: " + failure.getMessage())
				: Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized",
						"Sign in first: send 'Authorization: Bearer <token>'.");
		problems.write(response, problem);
	}
}
