package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.zaxxer.hikari.HikariDataSource;

import app.zetpay.support.SupportApplication;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.SocketClient;

/**
 * A node that stops (SIGTERM closes the application context, as here) while a customer is writing:
 * frames already being handled are answered, every socket is closed with 1012 so its client
 * reconnects elsewhere, exactly the acknowledged messages are stored, and nothing on the way logs a
 * warning (the sockets used to be cut by Tomcat after the datasource had closed, failing presence).
 * A node of its own, since the test stops it.
 */
@ExtendWith(OutputCaptureExtension.class)
class GracefulShutdownTests {

	@Test
	void stoppingANodeClosesEverySocketWith1012AndStoresExactlyTheAcknowledgedMessages(CapturedOutput output)
			throws SQLException {
		var node = new SpringApplicationBuilder(SupportApplication.class).run("--server.port=0",
				"--support.helpcenter.seed=false");
		try {
			var api = Api.forContext(node);
			var agents = new AgentFixtures(api);
			var agentEmail = agents.create("Stopping Agent", "AGENT");
			var customerToken = api.customerToken("cust-" + UUID.randomUUID(), "Mid Sentence");
			var chatId = agents.directChat(customerToken, agentEmail);
			var database = node.getBean(HikariDataSource.class);

			try (var customer = SocketClient.authenticated(api, customerToken);
					var agent = SocketClient.authenticated(api, agents.token(agentEmail))) {
				for (int i = 0; i < 200; i++) {
					customer.send("send_message", Map.of("chatId", chatId, "text", "message " + i, "clientMessageId",
							"m-" + i));
				}
				var logged = output.length();
				node.close();
				var whileStopping = output.toString().substring(logged);

				assertThat(customer.closeCode()).isEqualTo(1012);
				assertThat(agent.closeCode()).isEqualTo(1012);
				var acknowledged = customer.drain("message_ack", Duration.ofMillis(300)).stream()
						.map(ack -> ack.path("payload").path("clientMessageId").asString()).toList();
				assertThat(acknowledged).isNotEmpty();
				assertThat(stored(database, chatId)).containsExactlyElementsOf(acknowledged);
				assertThat(whileStopping).contains("Closed 2 sockets with 1012").doesNotContain(" WARN ")
						.doesNotContain(" ERROR ");
			}
		}
		finally {
			node.close();
		}
	}

	/** What the stopped node's database holds (an in-memory H2 outlives the pool: DB_CLOSE_DELAY=-1). */
	private static List<String> stored(HikariDataSource database, String chatId) throws SQLException {
		try (var connection = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
				database.getPassword());
				var query = connection.prepareStatement("SELECT client_message_id FROM chat_message"
						+ " WHERE conversation_id = ? AND client_message_id IS NOT NULL ORDER BY seq")) {
			query.setString(1, chatId);
			var ids = new ArrayList<String>();
			try (var rows = query.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
			}
			return ids;
		}
	}
}
