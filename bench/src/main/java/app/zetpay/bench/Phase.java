package app.zetpay.bench;

/** Warm-up messages are checked like any other but kept out of the throughput and latency figures. */
enum Phase {
	WARMUP("w"), MEASURE("m");

	/** Marks the phase in client message ids, so no id is ever reused across phases. */
	final String tag;

	Phase(String tag) {
		this.tag = tag;
	}
}
