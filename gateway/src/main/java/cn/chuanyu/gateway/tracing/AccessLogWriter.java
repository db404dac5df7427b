package cn.chuanyu.gateway.tracing;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;

/**
 * Hands access log lines from the event loops to one thread of their own, which passes them to the logging system in
 * batches, so that no event loop formats a line, writes to the console or waits for another one that is writing: with
 * one INFO line per request, the console handler's lock was contended by the event loops, each line cost a blocking
 * write, and an event loop preempted while holding the lock stalled the others.
 *
 * <p>A line is still an ordinary log record of its category, created on the event loop when the answer ends (its time
 * and thread are those of the request), and goes through the category's level, filters and handlers with the configured
 * format: only the moment it is written changes, by at most {@link #BATCH_NANOS}. Nothing is dropped: past
 * {@link #MAX_QUEUED} waiting lines, and once stopped, a line is logged at once by its caller.
 */
final class AccessLogWriter {

    /** How long lines gather before the writer passes them on while requests keep coming. */
    static final long BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** Lines that may wait; beyond that the event loops log themselves (slower, but nothing is lost). */
    static final int MAX_QUEUED = 50_000;

    /** How many idle rounds the writer waits before it parks until the next line. */
    private static final int IDLE_ROUNDS = 50;

    private final Logger logger;
    private final Queue<ExtLogRecord> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean parked = new AtomicBoolean();
    private final Thread thread;
    private volatile boolean running = true;

    AccessLogWriter(String category) {
        this.logger = Logger.getLogger(category);
        this.thread = new Thread(this::run, "chuanyu-access-log");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    boolean isEnabled() {
        return logger.isLoggable(Level.INFO);
    }

    /** Logs {@code line} at INFO: soon, from the writer's thread. */
    void log(String line) {
        ExtLogRecord record =
                new ExtLogRecord(Level.INFO, line, ExtLogRecord.FormatStyle.NO_FORMAT, AccessLogWriter.class.getName());
        record.setLoggerName(logger.getName());
        // the caller would be looked for on the writer's stack: none is logged
        record.disableCallerCalculation();
        // what the logging context holds now, not when the writer gets to it
        record.copyMdc();
        if (!running || queued.incrementAndGet() > MAX_QUEUED) {
            if (running) {
                queued.decrementAndGet();
            }
            logger.logRaw(record);
            return;
        }
        queue.offer(record);
        if (!running) {
            drain(); // stopped meanwhile: the writer may have had its last look
        } else if (parked.get() && parked.compareAndSet(true, false)) {
            LockSupport.unpark(thread);
        }
    }

    /** Stops the writer after it has passed on every line that was waiting. */
    void stop() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain(); // whatever came in while stopping
    }

    private void run() {
        int idle = 0;
        while (running) {
            if (drain() > 0) {
                idle = 0;
                LockSupport.parkNanos(this, BATCH_NANOS);
            } else if (++idle < IDLE_ROUNDS) {
                LockSupport.parkNanos(this, BATCH_NANOS);
            } else {
                // nothing for a while: sleep until log() wakes us, rather than waking up for nothing
                parked.set(true);
                if (queue.isEmpty() && running) {
                    LockSupport.park(this);
                }
                parked.set(false);
                idle = 0;
            }
        }
        drain();
    }

    private int drain() {
        int count = 0;
        for (ExtLogRecord record; (record = queue.poll()) != null; count++) {
            queued.decrementAndGet();
            try {
                logger.logRaw(record);
            } catch (RuntimeException e) {
                // a failing handler must not stop the access log; the logging system reports its own errors
            }
        }
        return count;
    }
}
