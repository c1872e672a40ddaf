package evradar.app;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Supplier;

/** Prints a line of progress about long work at most once per interval, then a final summary with the rate. */
public final class Progress {

    private final PrintStream out;
    private final String task;
    private final long intervalNanos;
    private final long started = System.nanoTime();
    private long lastReport = started;

    public Progress(PrintStream out, String task, Duration interval) {
        this.out = out;
        this.task = task;
        this.intervalNanos = interval.toNanos();
    }

    public void maybeReport(Supplier<String> state) {
        long now = System.nanoTime();
        if (now - lastReport >= intervalNanos) {
            lastReport = now;
            out.println(task + ": " + state.get() + " (" + elapsed(now) + ")");
        }
    }

    public void done(String summary) {
        out.println(task + ": " + summary + " in " + elapsed(System.nanoTime()));
    }

    private String elapsed(long now) {
        return String.format("%.1f s", (now - started) / 1e9);
    }
}
