package app.zetpay.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The bench's own stop-the-world pauses while it measures. A pause of the bench's JVM delays the
 * timestamps of every frame that arrives during it, so it reads as server latency: on the 2-core
 * machine the bench's young collections reached 190 ms inside a measured window (issue 18). The
 * results print these next to the tail, so a tail can be told apart from the instrument's.
 */
final class OwnPauses implements NotificationListener {

	/**
	 * A pause, as the collectors report them: G1's young and old collections and its concurrent
	 * cycle's remark and clean-up ("G1 Concurrent GC"), ZGC's "Pauses" beans, but not ZGC's "Cycles"
	 * beans, whose durations are concurrent work while the program runs.
	 */
	static boolean isPause(String collector) {
		return !collector.endsWith("Cycles");
	}

	record Summary(int count, long totalMs, long maxMs) {
	}

	/** A pause this long shows in a p99 of tens of milliseconds. */
	static final long NOTICEABLE_MS = 20;

	/**
	 * Whether this JVM touched its whole heap at start. On this project's 2-core VM the bench's longest
	 * young pause in a measured window was 136–154 ms with the default heap, 118 ms with a fixed 1 GB
	 * one, and 50–63 ms with that heap pre-touched: a collection that copies into memory never used
	 * before takes the page faults inside the pause (issue 18).
	 */
	static boolean heapPreTouched() {
		return ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+AlwaysPreTouch");
	}

	private final List<NotificationEmitter> emitters = new ArrayList<>();
	private final AtomicLong count = new AtomicLong();
	private final AtomicLong totalMs = new AtomicLong();
	private final AtomicLong maxMs = new AtomicLong();

	void start() {
		for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (isPause(bean.getName()) && bean instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(this, null, null);
				emitters.add(emitter);
			}
		}
	}

	Summary stop() {
		for (var emitter : emitters) {
			try {
				emitter.removeNotificationListener(this);
			}
			catch (javax.management.ListenerNotFoundException e) {
				// Already gone: nothing to undo.
			}
		}
		return summary();
	}

	/** The pauses heard of so far. */
	Summary summary() {
		return new Summary((int) count.get(), totalMs.get(), maxMs.get());
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
		record(info.getGcInfo().getDuration());
	}

	void record(long durationMs) {
		count.incrementAndGet();
		totalMs.addAndGet(durationMs);
		maxMs.accumulateAndGet(durationMs, Math::max);
	}
}
