package app.zetpay.support.cobrowse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.zetpay.support.chat.CobrowseFrames.FrameSocket;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** A slow agent socket: stale frames are dropped, a fresh snapshot asked for, and memory stays bounded. */
class ViewersTests {

	static final int BACKLOG = 1000;

	final InProcessRelay relay = new InProcessRelay();
	final Viewers viewers = new Viewers(relay, new CobrowseProperties(Duration.ofMinutes(30), Duration.ofMinutes(2),
			24_000, 20, 500_000, 4_000_000, BACKLOG, "in-process", Duration.ofSeconds(5), Duration.ofSeconds(15)), new SimpleMeterRegistry());
	final FakeSocket socket = new FakeSocket();
	final List<String> resyncs = new ArrayList<>();

	@Test
	void aNewViewerStartsAtASnapshotAndAsksForOne() {
		viewers.watch("s1", socket, resyncs::add);

		relay.publish("s1", Relay.INCREMENTAL + "inc-1");
		relay.publish("s1", Relay.SNAPSHOT_START + "snap-1");
		relay.publish("s1", Relay.SNAPSHOT_MORE + "snap-2");
		relay.publish("s1", Relay.INCREMENTAL + "inc-2");

		assertThat(resyncs).containsExactly("socket-1");
		assertThat(socket.sent).containsExactly("snap-1", "snap-2", "inc-2");
	}

	@Test
	void aSlowSocketDropsFramesUntilTheNextSnapshot() {
		viewers.watch("s1", socket, resyncs::add);
		relay.publish("s1", Relay.SNAPSHOT_START + "snap-1");

		socket.buffered = BACKLOG;
		relay.publish("s1", Relay.INCREMENTAL + "inc-1");
		socket.buffered = 0;
		relay.publish("s1", Relay.INCREMENTAL + "inc-2");
		relay.publish("s1", Relay.SNAPSHOT_START + "snap-2");
		relay.publish("s1", Relay.INCREMENTAL + "inc-3");

		assertThat(socket.sent).containsExactly("snap-1", "snap-2", "inc-3");
		assertThat(viewers.droppedFrames()).isEqualTo(2);
	}

	@Test
	void theEndOfASessionLetsGoOfItsViewers() {
		viewers.watch("s1", socket, resyncs::add);

		relay.publish("s1", Relay.ENDED);
		relay.publish("s1", Relay.SNAPSHOT_START + "snap-1");

		assertThat(viewers.watching("s1")).isFalse();
		assertThat(socket.sent).isEmpty();
	}

	@Test
	void aClosedSocketWatchesNothing() {
		viewers.watch("s1", socket, resyncs::add);

		viewers.closed(socket.id());

		assertThat(viewers.watching("s1")).isFalse();
	}

	static final class FakeSocket implements FrameSocket {

		final List<String> sent = new ArrayList<>();
		int buffered;

		@Override
		public String id() {
			return "socket-1";
		}

		@Override
		public boolean isOpen() {
			return true;
		}

		@Override
		public void send(String frame) {
			sent.add(frame);
		}

		@Override
		public int bufferedBytes() {
			return buffered;
		}
	}
}
