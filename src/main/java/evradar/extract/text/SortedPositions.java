package evradar.extract.text;

import java.util.List;
import java.util.function.ToIntFunction;

/** Lookups in lists of spans or cues kept sorted by their token position. */
public final class SortedPositions {

    private SortedPositions() {
    }

    /** The index of the first item whose position is at or after {@code from} (the list size when none is). */
    public static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<T> position, int from) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (position.applyAsInt(sorted.get(mid)) < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
