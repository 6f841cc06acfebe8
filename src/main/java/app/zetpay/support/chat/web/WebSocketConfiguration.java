package app.zetpay.support.chat.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Raw WebSocket at {@code /ws}. Any origin may connect: the socket is authenticated by a token in
 * its first frame, never by a cookie, so a foreign page gains nothing by opening one.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfiguration implements WebSocketConfigurer {

	private final ChatSocketHandler handler;

	WebSocketConfiguration(ChatSocketHandler handler) {
		this.handler = handler;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(handler, "/ws").setAllowedOriginPatterns("*");
	}

	@Bean
	ServletServerContainerFactoryBean webSocketContainer() {
		var container = new ServletServerContainerFactoryBean();
		// Largest frame we read: a 4,000-character message with its envelope fits easily.
		container.setMaxTextMessageBufferSize(64 * 1024);
		container.setMaxSessionIdleTimeout(5 * 60 * 1000L);
		return container;
	}
}
