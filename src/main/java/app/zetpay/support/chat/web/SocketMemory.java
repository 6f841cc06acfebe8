package app.zetpay.support.chat.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What an open socket costs in memory, whether it carries anything or not (issue 18: 10,000 idle
 * sockets under 1 GB). Tomcat gives every connection an 8 KB read and an 8 KB write buffer for
 * its whole life; chat frames are a few hundred bytes, so 4 KB each is plenty (a longer frame is
 * read or written in pieces). The WebSocket layer's own input, output and encoder buffers (8 KB
 * each by default) are sized by a system property Tomcat reads once, when its classes load, so
 * {@code SupportApplication.main} sets it (2 KB) before anything starts.
 */
@Component
class SocketMemory implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	static final int CONNECTION_BUFFER_BYTES = 4 * 1024;

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(connector -> {
			connector.setProperty("socket.appReadBufSize", String.valueOf(CONNECTION_BUFFER_BYTES));
			connector.setProperty("socket.appWriteBufSize", String.valueOf(CONNECTION_BUFFER_BYTES));
		});
	}
}
