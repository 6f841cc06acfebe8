package app.zetpay.support.chat.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

import app.zetpay.support.shared.web.AllowedOrigins;

/**
 * Raw WebSocket at {@code /ws}. The socket is authenticated by a token in its first frame, never by a
 * cookie; still, browsers may open it only from this origin's pages and those of
 * {@code support.web.allowed-origins} (the chat widget's hosts), a handshake from any other page's
 * {@code Origin} gets 403. Clients that send no {@code Origin} (the mobile app, servers) are not
 * browsers' pages and connect as before.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfiguration implements WebSocketConfigurer {

	private final ChatSocketHandler handler;
	private final AllowedOrigins origins;

	WebSocketConfiguration(ChatSocketHandler handler, AllowedOrigins origins) {
		this.handler = handler;
		this.origins = origins;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(handler, "/ws").setAllowedOriginPatterns(origins.patterns().toArray(String[]::new));
	}

	@Bean
	ServletServerContainerFactoryBean webSocketContainer() {
		var container = new ServletServerContainerFactoryBean();
		// Allocated per socket whether used or not: small, since ChatSocketHandler takes frames in
		// pieces and puts them together (up to its own limit). Nothing binary is accepted at all.
		container.setMaxTextMessageBufferSize(1024);
		container.setMaxBinaryMessageBufferSize(256);
		container.setMaxSessionIdleTimeout(5 * 60 * 1000L);
		return container;
	}
}
