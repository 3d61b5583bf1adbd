package fiches.util;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * Runs one piece of work per key as fork/join tasks: side by side when a core is free, one
 * after the other when every core is busy. Results come back in the keys' declared order.
 */
public final class SideBySide {
    private SideBySide() {
    }

    public static <K extends Enum<K>, T> Map<K, T> run(Class<K> type, Set<K> keys, Function<K, Callable<T>> work) {
        Map<K, ForkJoinTask<T>> tasks = new EnumMap<>(type);
        for (K key : keys) {
            tasks.put(key, ForkJoinTask.adapt(work.apply(key)));
        }
        ForkJoinTask.invokeAll(tasks.values());
        Map<K, T> results = new EnumMap<>(type);
        tasks.forEach((key, task) -> results.put(key, task.join()));
        return results;
    }
}
