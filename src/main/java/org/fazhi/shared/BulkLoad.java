package org.fazhi.shared;

/**
 * Marks the current thread as loading a county's history in bulk (the province generator). Listeners that answer
 * each record's event as it commits, such as the monitoring's, skip what a bulk load publishes: the load ends with
 * a full pass of its own, and thousands of one-record reactions would make it a hundred times slower.
 */
public final class BulkLoad {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private BulkLoad() {
    }

    /** Runs the work as a bulk load; nested loads stay one. */
    public static void run(Runnable work) {
        if (ACTIVE.get()) {
            work.run();
            return;
        }
        ACTIVE.set(true);
        try {
            work.run();
        } finally {
            ACTIVE.remove();
        }
    }

    /** Whether the current thread is in a bulk load. */
    public static boolean active() {
        return ACTIVE.get();
    }
}
