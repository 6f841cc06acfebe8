package app.zetpay.support.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs something once the current transaction has committed (at once outside a transaction). */
public final class AfterCommit {

	private AfterCommit() {
	}

	/**
	 * Runs {@code action} after a commit and {@code undo} if the transaction rolls back instead (at
	 * once and never, outside a transaction): for what was remembered before knowing the outcome.
	 */
	public static void run(Runnable action, Runnable undo) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}

			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					undo.run();
				}
			}
		});
	}

	public static void run(Runnable action) {
		run(action, () -> {
		});
	}
}
