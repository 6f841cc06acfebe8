package app.zetpay.support.shared;

class InProcessRateLimiterTests extends RateLimiterContract {

	private final InProcessRateLimiter limiter = new InProcessRateLimiter(clock);

	@Override
	RateLimiter limiter() {
		return limiter;
	}
}
