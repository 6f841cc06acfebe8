package app.zetpay.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback relay for one connection to nginx that reads which node nginx chose from the
 * {@code X-Upstream-Addr} header of its answer (for a socket: the 101 Switching Protocols). The
 * JDK's WebSocket client shows no handshake headers, so the scenario points a {@link ChatSocket}
 * at this relay instead of at nginx. The bytes pass unchanged both ways; when either side ends the
 * connection (nginx does when the node behind it dies), the relay ends the other.
 */
final class UpstreamTap implements AutoCloseable {

	private static final String HEADER = "x-upstream-addr:";
	private static final int HEAD_LIMIT = 16 * 1024;

	private final ServerSocket listener;
	private final InetSocketAddress target;
	private final CompletableFuture<String> upstream = new CompletableFuture<>();
	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private UpstreamTap(ServerSocket listener, InetSocketAddress target) {
		this.listener = listener;
		this.target = target;
	}

	/** Listens on an ephemeral loopback port for one connection, to be relayed to {@code nginx}'s host and port. */
	static UpstreamTap to(URI nginx) throws IOException {
		var listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
		var tap = new UpstreamTap(listener, new InetSocketAddress(nginx.getHost(), nginx.getPort()));
		Thread.ofVirtual().name("tap-" + listener.getLocalPort()).start(tap::relay);
		return tap;
	}

	URI uri(String path) {
		return URI.create("ws://127.0.0.1:" + listener.getLocalPort() + path);
	}

	/**
	 * The node nginx passed the connection to, as host:port; when nginx had to try another after a
	 * failure ({@code "a:1, b:2"}), the one that answered. Completes before the client sees the answer.
	 */
	CompletableFuture<String> upstream() {
		return upstream;
	}

	@Override
	public void close() {
		try {
			listener.close();
		}
		catch (IOException ignored) {
			// Closing anyway.
		}
		for (var socket : sockets) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// Closing anyway.
			}
		}
		upstream.completeExceptionally(new IOException("closed before nginx answered"));
	}

	private void relay() {
		try {
			var client = listener.accept();
			sockets.add(client);
			listener.close();
			var server = new Socket();
			sockets.add(server);
			server.connect(target, 5_000);
			client.setTcpNoDelay(true);
			server.setTcpNoDelay(true);
			Thread.ofVirtual().name("tap-up-" + client.getLocalPort()).start(() -> pump(client, server, false));
			pump(server, client, true);
		}
		catch (IOException e) {
			upstream.completeExceptionally(e);
			close();
		}
	}

	private void pump(Socket from, Socket to, boolean answer) {
		var head = answer ? new ByteArrayOutputStream() : null;
		var buffer = new byte[16 * 1024];
		try {
			var in = from.getInputStream();
			var out = to.getOutputStream();
			int n;
			while ((n = in.read(buffer)) >= 0) {
				if (head != null) {
					head.write(buffer, 0, n);
					var text = head.toString(StandardCharsets.ISO_8859_1);
					if (text.contains("\r\n\r\n") || head.size() > HEAD_LIMIT) {
						upstream.complete(upstreamIn(text));
						head = null;
					}
				}
				out.write(buffer, 0, n);
				out.flush();
			}
		}
		catch (IOException ignored) {
			// The other side is gone: end both.
		}
		finally {
			close();
		}
	}

	/** nginx's $upstream_addr lists every node it tried, the one that answered last. */
	static String lastAddress(String upstreamAddr) {
		var addresses = upstreamAddr.split(",");
		return addresses[addresses.length - 1].strip();
	}

	/** The node named in an HTTP answer's head, or "unknown" when nginx sent no header. */
	static String upstreamIn(String head) {
		for (var line : head.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith(HEADER)) {
				return lastAddress(line.substring(HEADER.length()));
			}
			if (line.isEmpty()) {
				break;
			}
		}
		return "unknown";
	}
}
