package app.zetpay.support.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

import app.zetpay.support.shared.ProblemException;

class SinglePageAppTests {

	@Test
	void withoutTheWebBuildThePagesSayWhyTheyAreMissing() {
		var app = new SinglePageApp(new ClassPathResource("no-such-build/index.html"));

		assertThatThrownBy(() -> app.page(new MockHttpServletRequest("GET", "/support")))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND);
				assertThat(problem.code()).isEqualTo(SinglePageApp.NOT_BUILT);
				assertThat(problem.getMessage()).contains("-Dskip.web").contains("npm run dev");
			});
	}

	@Test
	void thePageChangesItsEtagWhenItChanges() {
		var one = new SinglePageApp(new ByteArrayResource("<html>1</html>".getBytes()));
		var two = new SinglePageApp(new ByteArrayResource("<html>2</html>".getBytes()));

		var first = one.page(new MockHttpServletRequest("GET", "/agent")).getHeaders().getETag();
		var second = two.page(new MockHttpServletRequest("GET", "/agent")).getHeaders().getETag();

		assertThat(first).isNotEqualTo(second).matches("\"[0-9a-f]{32}\"");
	}
}
