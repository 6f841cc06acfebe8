package app.zetpay.support.shared.web;

import java.io.IOException;

/** Raised while reading a body that turned out longer than the limit (chunked, no Content-Length). */
class RequestBodyTooLargeException extends IOException {

	RequestBodyTooLargeException(long limit) {
		super("The request body is larger than the limit of " + limit + " bytes.");
	}
}
