package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import app.zetpay.support.testing.IntegrationTest;

/**
 * Every chat message is published as {@link MessagePosted}; a durable (outbox) listener on it would
 * add an event-publication row to each write of the chat hot path. Listeners that react to a few
 * messages get their own event ({@link CustomerWroteToBot}); a listener that must hear every message
 * is a plain in-memory listener that defers its work to after the commit itself.
 */
@IntegrationTest
class ChatHotPathTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Test
	void noDurableListenerHearsEveryMessage() {
		var durable = new ArrayList<String>();
		for (var name : context.getBeanDefinitionNames()) {
			var type = context.getType(name);
			if (type == null) {
				continue;
			}
			for (var method : AopUtils.getTargetClass(context.getBean(name)).getDeclaredMethods()) {
				var hearsMessages = Arrays.asList(method.getParameterTypes()).contains(MessagePosted.class);
				var listener = AnnotatedElementUtils.findMergedAnnotation(method, TransactionalEventListener.class);
				// Spring Modulith records a publication for every after-commit transactional listener,
				// @ApplicationModuleListener or not.
				var durableListener = listener != null && listener.phase() == TransactionPhase.AFTER_COMMIT;
				if (hearsMessages && durableListener) {
					durable.add(type.getSimpleName() + "." + method.getName());
				}
			}
		}

		assertThat(durable).isEmpty();
	}

	/**
	 * Every batch of messages writes the conversation's counters and clock. Were one of those columns
	 * indexed, PostgreSQL could not update the row in place (a HOT update) and would add an entry to
	 * each of the table's indexes per message; H2 would rewrite that index entry.
	 */
	@Test
	void noIndexHoldsAColumnEveryMessageWrites() throws SQLException {
		var everyMessageWrites = Set.of("last_seq", "updated_at");
		var indexed = new ArrayList<String>();
		try (var connection = dataSource.getConnection()) {
			var schema = connection.getSchema();
			for (var table : List.of("conversation", "CONVERSATION")) {
				try (var rs = connection.getMetaData().getIndexInfo(null, schema, table, false, false)) {
					while (rs.next()) {
						var column = rs.getString("COLUMN_NAME");
						if (column != null && everyMessageWrites.contains(column.toLowerCase(Locale.ROOT))) {
							indexed.add(rs.getString("INDEX_NAME") + "(" + column + ")");
						}
					}
				}
			}
		}

		assertThat(indexed).isEmpty();
	}

	@Test
	void theConversationIndexesAreVisibleToTheSchemaCheck() throws SQLException {
		// Guards the check above against passing because it read no index at all.
		var names = new ArrayList<String>();
		try (var connection = dataSource.getConnection()) {
			var schema = connection.getSchema();
			for (var table : List.of("conversation", "CONVERSATION")) {
				try (var rs = connection.getMetaData().getIndexInfo(null, schema, table, false, false)) {
					while (rs.next()) {
						names.add(String.valueOf(rs.getString("INDEX_NAME")).toLowerCase(Locale.ROOT));
					}
				}
			}
		}

		assertThat(names).contains("conversation_by_customer_idx");
	}
}
