package app.zetpay.support.identity.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import app.zetpay.support.identity.Role;
import app.zetpay.support.shared.Problems;
import app.zetpay.support.shared.web.AllowedOrigins;

/**
 * The route rules. Everything under {@code /api} needs a valid bearer token except sign-in (and the
 * dev token endpoint where it exists); admin routes need ADMIN; failures are problem+json.
 * Stateless: no session, no cookie, so no CSRF token is needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/**
	 * Scripts only from here: the web app's build has no inline script (Vite emits files). Swagger
	 * UI's and the web app's components set inline style attributes, and icons are {@code data:} SVGs,
	 * so those are allowed for styles and images (neither runs code); images also from {@code blob:},
	 * the preview of a photo before it is uploaded; fonts are self-hosted, and a build may inline a
	 * small one as {@code data:}. {@code connect-src 'self'} covers the API and this origin's
	 * {@code ws:}/{@code wss:} socket.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, BearerTokens tokens, Problems problems, IdentityProperties properties,
			AllowedOrigins origins) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, failure) -> writeUnauthorized(problems, request,
				response, failure);
		AccessDeniedHandler forbidden = (request, response, denied) -> problems.write(response,
				Problems.of(HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to do this."));
		http.csrf(csrf -> csrf.disable())
				// Pages of the origins in support.web.allowed-origins (the chat widget's hosts) may call
				// /api; without any, no CORS answer, so browsers keep every other page out.
				.cors(cors -> cors.configurationSource(origins.forApi()))
				// Spring's defaults (nosniff, frame denial, no caching of API answers, HSTS on TLS) plus
				// a policy that lets a served page load only from here: harmless on JSON answers, it
				// stops injected HTML (an article, Swagger UI) from pulling scripts or images elsewhere.
				.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.httpBasic(basic -> basic.disable())
				.formLogin(form -> form.disable())
				.logout(logout -> logout.disable())
				.requestCache(cache -> cache.disable())
				.authorizeHttpRequests(routes -> {
					routes.requestMatchers("/api/auth/login").permitAll();
					// The customer sign-in page asks before anyone is signed in.
					routes.requestMatchers(HttpMethod.GET, "/api/auth/sign-in-methods").permitAll();
					// The help centre is public reading; feedback needs a user.
					routes.requestMatchers(HttpMethod.GET, "/api/support/faqs", "/api/support/faqs/**", "/api/support/help")
							.permitAll();
					// Authenticated by its HMAC signature, not by a user's token.
					routes.requestMatchers("/api/integrations/payments/events").permitAll();
					if (properties.devTokens().enabled()) {
						routes.requestMatchers("/api/dev/token").permitAll();
					}
					routes.requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
							// Running the team: what a supervisor may do to which account is checked
							// per action (docs/decisions/0035-supervisor-rights-and-team-registry.md).
							.requestMatchers("/api/team/**").hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name())
							.requestMatchers("/api/reports", "/api/reports/**")
							.hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name())
							.requestMatchers("/api/bot/classify").hasAnyRole(Role.AGENT.name(), Role.ADMIN.name())
							// Staff routes refuse customers here, before a body is read or validated: a
							// customer learns nothing from a 400 about a route they may not use.
							.requestMatchers("/api/agents/**", "/api/tickets", "/api/tickets/**", "/api/auth/password")
							.hasAnyRole(Role.AGENT.name(), Role.SUPERVISOR.name(), Role.ADMIN.name())
							.requestMatchers("/api/**").authenticated()
							.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
							.permitAll()
							// A Prometheus beside the node scrapes without a token; from anywhere else
							// it takes an admin (docs/decisions/0017-metrics-scrape.md).
							.requestMatchers("/actuator/prometheus")
							.access(AuthorizationManagers.anyOf(new FromLoopback(),
									AuthorityAuthorizationManager.hasRole(Role.ADMIN.name())))
							.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
							.anyRequest().permitAll();
				})
				.oauth2ResourceServer(server -> server
						.authenticationManagerResolver(tokens.resolver())
						.authenticationEntryPoint(unauthorized)
						.accessDeniedHandler(forbidden))
				.exceptionHandling(handling -> handling
						.authenticationEntryPoint(unauthorized)
						.accessDeniedHandler(forbidden))
				.addFilterAfter(new PasswordChangeGate(problems), BearerTokenAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The parser's own message (which claim, which key, which library) stays in the DEBUG log: it
	 * helps someone forging tokens more than a client, who can only sign in again.
	 */
	private static void writeUnauthorized(Problems problems, HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		var hasToken = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		if (hasToken) {
			log.debug("Refused a bearer token: {}", failure.getMessage());
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer error=\"invalid_token\", error_description=\"Invalid token\"");
			problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "invalid-token",
					"Invalid token: it is malformed, expired or not ours. Sign in again."));
		}
		else {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized",
					"Sign in first: send 'Authorization: Bearer <token>'."));
		}
	}

	/** The request comes from this machine (after a trusted proxy's forwarded address is applied). */
	static final class FromLoopback implements AuthorizationManager<RequestAuthorizationContext> {

		@Override
		public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
				RequestAuthorizationContext context) {
			return new AuthorizationDecision(isLoopback(context.getRequest().getRemoteAddr()));
		}

		static boolean isLoopback(@Nullable String address) {
			try {
				return address != null && InetAddress.ofLiteral(address).isLoopbackAddress();
			}
			catch (IllegalArgumentException notAnAddress) {
				return false;
			}
		}
	}
}
