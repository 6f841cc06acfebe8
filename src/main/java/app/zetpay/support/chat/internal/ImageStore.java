package app.zetpay.support.chat.internal;

import java.io.IOException;
import java.io.InputStream;

/** Where image bytes live. A directory by default; an object store can implement the same. */
public interface ImageStore {

	void put(String imageId, byte[] bytes) throws IOException;

	InputStream open(String imageId) throws IOException;
}
