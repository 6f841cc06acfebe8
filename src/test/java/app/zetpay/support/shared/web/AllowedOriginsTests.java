package app.zetpay.support.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;

class AllowedOriginsTests {

	@Test
	void byDefaultNoOtherOriginIsAllowed() {
		var properties = new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("support.web",
				WebProperties.class);

		var origins = new AllowedOrigins(properties);

		assertThat(origins.patterns()).isEmpty();
		assertThat(origins.forApi().getCorsConfiguration(apiRequest())).isNull();
	}

	@Test
	void readsACommaSeparatedListWithoutTrailingSlashes() {
		var properties = new Binder(new MapConfigurationPropertySource(Map.of("support.web.allowed-origins",
				"https://shop.example.in/, https://*.zetpay.in"))).bindOrCreate("support.web", WebProperties.class);

		var origins = new AllowedOrigins(properties);

		assertThat(origins.patterns()).containsExactly("https://shop.example.in", "https://*.zetpay.in");
		assertThat(origins.forApi().getCorsConfiguration(apiRequest()).getAllowedOriginPatterns())
			.containsExactly("https://shop.example.in", "https://*.zetpay.in");
	}

	@Test
	void somethingThatIsNotAnOriginStopsTheStart() {
		for (var wrong : List.of("shop.example.in", "https://shop.example.in/widget", "ftp://shop.example.in")) {
			assertThatThrownBy(() -> new AllowedOrigins(List.of(wrong))).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("support.web.allowed-origins").hasMessageContaining(wrong);
		}
	}

	private static MockHttpServletRequest apiRequest() {
		var request = new MockHttpServletRequest("GET", "/api/me");
		request.addHeader("Origin", "https://shop.example.in");
		return request;
	}
}
