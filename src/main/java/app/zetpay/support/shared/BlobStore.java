package app.zetpay.support.shared;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded bytes live (chat images, ticket attachments). A directory by default; an object
 * store can implement the same. Which conversation or ticket a blob belongs to, and so who may read
 * it, is recorded by the owning module, never here.
 */
public interface BlobStore {

	/** Stores bytes under an id the caller generated ({@code prefix_} and 32 hex digits). */
	void put(String blobId, byte[] bytes) throws IOException;

	InputStream open(String blobId) throws IOException;

	void delete(String blobId) throws IOException;
}
