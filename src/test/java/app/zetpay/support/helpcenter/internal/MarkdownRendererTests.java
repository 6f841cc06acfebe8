package app.zetpay.support.helpcenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What an article may link to and show, whoever wrote it. */
class MarkdownRendererTests {

	final MarkdownRenderer markdown = new MarkdownRenderer(List.of("cdn.zetpay.app"));

	@Test
	void linksGoOverHttpHttpsMailtoOrToOurOwnPages() {
		var html = markdown.html("""
				[site](https://zetpay.app/help) [plain](http://example.com) [mail](mailto:help@zetpay.app)
				[page](/api/support/faqs/refund-timelines) [anchor](#steps)""");

		assertThat(html).contains("href=\"https://zetpay.app/help\"", "href=\"http://example.com\"",
				"href=\"mailto:help@zetpay.app\"", "href=\"/api/support/faqs/refund-timelines\"", "href=\"#steps\"");
	}

	@Test
	void dataJavascriptAndOtherSchemesAreLeftAsTheirText() {
		var html = markdown.html("""
				[open me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
				[click](javascript:alert(1)) [tab](java\tscript:alert(1)) [file](file:///etc/passwd)
				<data:text/html,hi> [ref][1]

				[1]: DATA:text/html,x""");

		assertThat(html).doesNotContainIgnoringCase("href=\"data").doesNotContainIgnoringCase("javascript")
				.doesNotContain("file:").doesNotContain("<a ");
		assertThat(html).contains("open me", "click", "ref");
	}

	@Test
	void imagesComeOnlyFromOurOriginOrTheAllowedHosts() {
		var html = markdown.html("""
				![ours](/images/upi-pin.png) ![cdn](https://cdn.zetpay.app/a.png)
				![pixel](https://tracker.example/p.gif) ![blob](data:image/png;base64,iVBORw0KGgo=)
				![sneaky](//tracker.example/p.gif) ![plain](http://cdn.zetpay.app/a.png)""");

		assertThat(html).contains("src=\"/images/upi-pin.png\"", "src=\"https://cdn.zetpay.app/a.png\"");
		assertThat(html).doesNotContain("tracker.example").doesNotContain("data:").doesNotContain("http://cdn");
		assertThat(html).contains("pixel", "blob", "sneaky", "plain");
		assertThat(html.split("<img", -1)).hasSize(3);
	}

	@Test
	void anImageInsideADisallowedLinkIsCheckedToo() {
		var html = markdown.html("[![pic](https://tracker.example/p.gif)](javascript:alert(1))");

		assertThat(html).doesNotContain("<a ").doesNotContain("<img").contains("pic");
	}
	@Test
	void plainTextKeepsInlineFormattingOutOfTheSpacingButSeparatesBlocks() {
		var text = markdown.text("""
				Use **UPI**, [net banking](https://zetpay.app/nb) or a *debit card*; they're `free`.

				- one
				- two""");

		assertThat(text).isEqualTo("Use UPI, net banking or a debit card; they're free. one two");
	}

	@Test
	void plainTextEndsAHeadingWithAColonAndAParagraphWithAFullStopWhereTheyHaveNone() {
		var text = markdown.text("""
				## Fees

				Debit card top-ups are free

				## Is it safe?

				Yes.""");

		assertThat(text).isEqualTo("Fees: Debit card top-ups are free. Is it safe? Yes.");
	}

	@Test
	void hindisFullStopTheDandaEndsASentenceToo() {
		var text = markdown.text("""
				## फ़ीस

				डेबिट कार्ड से टॉप-अप मुफ़्त है।

				पैसे वापस आते हैं""");

		assertThat(text).isEqualTo("फ़ीस: डेबिट कार्ड से टॉप-अप मुफ़्त है। पैसे वापस आते हैं.");
	}

}
