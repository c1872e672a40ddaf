package evradar.cli;

import evradar.app.StreamsApp;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How a long-running command waits: until Ctrl-C / SIGTERM or until its application stops on its
 * own (a fatal error). The shutdown hook then waits for the command to finish closing everything,
 * so the JVM does not exit halfway through a clean shutdown.
 */
final class UntilStopped {

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    UntilStopped() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "evradar-stop"));
    }

    /** Blocks until a stop signal or until {@code app} stops by itself; rethrows its failure. */
    void await(StreamsApp app) throws InterruptedException {
        Thread watcher = new Thread(() -> {
            try {
                app.awaitStop();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            stop.countDown();
        }, "evradar-watch");
        watcher.setDaemon(true);
        watcher.start();
        stop.await();
        app.throwIfFailed();
    }

    /** Tells the shutdown hook that everything is closed. */
    void finished() {
        finished.countDown();
    }
}
