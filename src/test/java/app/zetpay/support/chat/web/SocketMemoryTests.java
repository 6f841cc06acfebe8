package app.zetpay.support.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/** Every connection's read and write buffers are 4 KB, not Tomcat's 8 KB (issue 18: 10,000 idle sockets). */
class SocketMemoryTests {

	@Test
	void connectionsGetFourKilobyteBuffers() {
		var factory = new TomcatServletWebServerFactory();
		new SocketMemory().customize(factory);
		var connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);

		factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));

		assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize"))).isEqualTo("4096");
		assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("4096");
	}
}
