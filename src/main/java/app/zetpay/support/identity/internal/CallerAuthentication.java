package app.zetpay.support.identity.internal;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import app.zetpay.support.identity.Caller;

/** A verified bearer token, with the {@link Caller} it stands for as the principal. */
final class CallerAuthentication extends AbstractAuthenticationToken {

	private final Caller caller;
	private final Jwt token;
	private final boolean passwordChangeRequired;

	CallerAuthentication(Caller caller, Jwt token, Collection<? extends GrantedAuthority> authorities) {
		this(caller, token, authorities, false);
	}

	CallerAuthentication(Caller caller, Jwt token, Collection<? extends GrantedAuthority> authorities,
			boolean passwordChangeRequired) {
		super(authorities);
		this.caller = caller;
		this.token = token;
		this.passwordChangeRequired = passwordChangeRequired;
		setAuthenticated(true);
	}

	/** Signed in with a one-time password: only choosing a new one is allowed (PasswordChangeGate). */
	boolean passwordChangeRequired() {
		return passwordChangeRequired;
	}

	@Override
	public Caller getPrincipal() {
		return caller;
	}

	@Override
	public Jwt getCredentials() {
		return token;
	}

	@Override
	public String getName() {
		return caller.id();
	}
}
