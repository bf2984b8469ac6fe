package dev.guidepost.engine;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Values worked out once and kept while they fit a weight budget, the least recently used given up
 * first; asked again, a value given up is worked out again. Keeps a run's memory bounded on any
 * repository size where a plain map would hold every file's text or tree until the run ends.
 * Safe to share between threads; a value is worked out outside the lock, so two threads that ask
 * for the same missing key at once may both work it out (the first kept wins).
 */
final class BoundedMemo<K, V> {

    private final long budget;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, V> values = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    /** A memo holding values of at most {@code budget} total weight, as {@code weigher} counts it. */
    BoundedMemo(long budget, ToLongFunction<V> weigher) {
        this.budget = budget;
        this.weigher = weigher;
    }

    /** The value of {@code key}, worked out with {@code compute} (which must not return null) when not kept. */
    V get(K key, Function<K, V> compute) {
        synchronized (this) {
            V kept = values.get(key);
            if (kept != null) {
                return kept;
            }
        }
        V computed = compute.apply(key);
        long own = Math.max(1, weigher.applyAsLong(computed));
        synchronized (this) {
            V raced = values.get(key);
            if (raced != null) {
                return raced;
            }
            if (own > budget) {
                return computed; // larger than the whole budget: used once, never kept
            }
            values.put(key, computed);
            weight += own;
            Iterator<Map.Entry<K, V>> eldest = values.entrySet().iterator();
            while (weight > budget && eldest.hasNext()) {
                Map.Entry<K, V> entry = eldest.next();
                if (entry.getKey().equals(key)) {
                    continue;
                }
                weight -= Math.max(1, weigher.applyAsLong(entry.getValue()));
                eldest.remove();
            }
            return computed;
        }
    }
}
