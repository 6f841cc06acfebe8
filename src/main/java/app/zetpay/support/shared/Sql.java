package app.zetpay.support.shared;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Instants to and from {@code TIMESTAMP WITH TIME ZONE}, the same way on H2 and PostgreSQL: both
 * drivers take and give {@link OffsetDateTime}, neither takes an {@link Instant} as a parameter.
 */
public final class Sql {

	private Sql() {
	}

	public static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * The list grown to the next power of two by repeating its last element, for {@code IN (…)}
	 * parameters: the statement's text then takes one of a few forms instead of one per batch size,
	 * so H2's statement cache and PostgreSQL's server-side prepared statements can keep it (issue 18:
	 * the chat writer's statements were parsed and planned again for nearly every batch). Only for
	 * conditions a repeat does not change.
	 */
	public static <T> List<T> paddedForIn(List<T> values) {
		var size = values.size();
		if (size <= 1 || Integer.bitCount(size) == 1) {
			return values;
		}
		var padded = new ArrayList<T>(Integer.highestOneBit(size) << 1);
		padded.addAll(values);
		var last = values.getLast();
		while (padded.size() < Integer.highestOneBit(size) << 1) {
			padded.add(last);
		}
		return padded;
	}

	/**
	 * {@code count} copies of a positional placeholder, comma-separated, for an {@code IN (…)} list:
	 * {@code placeholders(3, "?")} is {@code "?, ?, ?"}, {@code placeholders(2, "(?, ?)")} is
	 * {@code "(?, ?), (?, ?)"}.
	 */
	public static String placeholders(int count, String placeholder) {
		return String.join(", ", Collections.nCopies(count, placeholder));
	}

	public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/**
	 * The database's product name as its driver reports it ("H2", "PostgreSQL"), for the few places
	 * whose SQL must differ: row locks, index hints.
	 */
	public static String product(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		}
		catch (MetaDataAccessException e) {
			throw new IllegalStateException("Cannot tell which database this is", e);
		}
	}
}
