package app.zetpay.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The web app types its API client from web/openapi.json, a copy of this service's
 * {@code /v3/api-docs}; this test fails when the two drift apart, so an API change cannot reach the
 * web build unnoticed. The copy is normalized so that it changes only when the API does: no
 * {@code servers} (the test's random port), keys sorted, two-space indent, non-ASCII as
 * {@code \\uXXXX}, a final newline (what Python's {@code json.dumps(doc, indent=2, sort_keys=True)}
 * writes). With {@code -Dsupport.openapi.update=true} it rewrites the copy instead.
 *
 * <p>Embedded default only: the production profile has no dev token endpoint, so its document is a
 * route shorter, and the web app is developed against the embedded default.
 */
@IntegrationTest
@Tag("embedded-only")
class OpenApiDocumentTests {

	static final Path COPY = Path.of("web/openapi.json");
	static final Path FRESH = Path.of("target/openapi.json");
	static final String UPDATE = "support.openapi.update";

	@Autowired
	Api api;

	@Test
	void theWebAppsCopyOfTheApiDocumentIsCurrent() throws IOException {
		var document = api.get("/v3/api-docs", null);
		if (document.status() != 200) {
			fail("/v3/api-docs answered " + document.status());
		}
		var fresh = normalized(document.body());

		if (Boolean.getBoolean(UPDATE)) {
			Files.writeString(COPY, fresh, StandardCharsets.UTF_8);
			System.out.println("OpenApiDocumentTests: wrote " + COPY.toAbsolutePath());
			return;
		}
		var copy = Files.exists(COPY) ? Files.readString(COPY, StandardCharsets.UTF_8) : "";
		if (!fresh.equals(copy)) {
			Files.createDirectories(FRESH.getParent());
			Files.writeString(FRESH, fresh, StandardCharsets.UTF_8);
			fail("The API changed: " + COPY + " differs from /v3/api-docs (" + firstDifference(copy, fresh)
					+ "; the fresh document is in " + FRESH + "). Run `./mvnw test -Dtest=OpenApiDocumentTests -D"
					+ UPDATE + "=true` to update " + COPY + ", then fix the web build's type errors.");
		}
	}

	/** The document without {@code servers}, written as web/openapi.json is. */
	static String normalized(JsonNode document) {
		var copy = (ObjectNode) document.deepCopy();
		copy.remove("servers");
		var out = new StringBuilder();
		write(copy, 0, out);
		return out.append('\n').toString();
	}

	private static void write(JsonNode node, int depth, StringBuilder out) {
		if (node.isObject() || node.isArray()) {
			var object = node.isObject();
			if (node.isEmpty()) {
				out.append(object ? "{}" : "[]");
				return;
			}
			out.append(object ? '{' : '[');
			var names = new ArrayList<>(node.propertyNames());
			names.sort(null);
			for (int i = 0; i < node.size(); i++) {
				out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(depth + 1));
				if (object) {
					quote(names.get(i), out);
					out.append(": ");
				}
				write(object ? node.get(names.get(i)) : node.get(i), depth + 1, out);
			}
			out.append('\n').append("  ".repeat(depth)).append(object ? '}' : ']');
		}
		else if (node.isString()) {
			quote(node.asString(), out);
		}
		else {
			out.append(node); // numbers, true, false, null as JSON writes them
		}
	}

	private static void quote(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20 || c > 0x7e) {
						out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private static String firstDifference(String copy, String fresh) {
		var a = copy.lines().toList();
		var b = fresh.lines().toList();
		for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
			var was = i < a.size() ? a.get(i).strip() : "(end)";
			var now = i < b.size() ? b.get(i).strip() : "(end)";
			if (!was.equals(now)) {
				return "first at line " + (i + 1) + ": `" + was + "` is now `" + now + "`";
			}
		}
		return "they differ in line endings";
	}
}
