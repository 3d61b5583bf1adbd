package fiches.util;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs work on threads of its own, at most one per core at a time. Each thread has a large
 * stack: deep but legal input (quotes and lists inside one another) recurses deeply in the
 * parser and the renderer, and a stack costs memory only as deep as it is used. Idle threads
 * are used again, so that what the renderer keeps per thread (parsed fonts) serves many guides.
 * A job that runs past its time can be given up: its thread cannot be stopped (the renderer
 * does not heed interruption), so it is left to finish in the background while its core goes to
 * the next job, on another thread.
 */
public final class Workers {
    private final Semaphore cores;
    private final long stackBytes;
    private final String name;
    private final AtomicInteger started = new AtomicInteger();
    private final ExecutorService threads;

    public Workers(int cores, long stackBytes, String name) {
        this.cores = new Semaphore(Math.max(1, cores));
        this.stackBytes = stackBytes;
        this.name = name;
        // unbounded, as the cores already bound the work: a thread stuck on a job given up is replaced
        this.threads = Executors.newCachedThreadPool(this::thread);
    }

    /** A piece of work that is told whether it may still make its changes. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Commit commit) throws Exception;
    }

    /** Starts a job once a core is free, waiting until one is. */
    public <T> Job<T> start(Work<T> work) throws InterruptedException {
        cores.acquire();
        Job<T> job = new Job<>(cores::release);
        job.startNanos = System.nanoTime();
        threads.execute(() -> job.run(work));
        return job;
    }

    /**
     * One piece of work per key, on threads of their own while cores are free, else one after
     * the other on this thread. Results come back in the keys' declared order.
     */
    public <K extends Enum<K>, T> Map<K, T> sideBySide(Class<K> type, Set<K> keys, Function<K, Callable<T>> work)
            throws IOException {
        Map<K, CompletableFuture<T>> results = new EnumMap<>(type);
        List<K> here = new ArrayList<>();
        boolean first = true;
        for (K key : keys) {
            if (!first && cores.tryAcquire()) {
                CompletableFuture<T> result = new CompletableFuture<>();
                results.put(key, result);
                threads.execute(() -> {
                    try {
                        result.complete(work.apply(key).call());
                    } catch (Throwable t) {
                        result.completeExceptionally(t);
                    } finally {
                        cores.release();
                    }
                });
            } else {
                here.add(key);
            }
            first = false;
        }
        for (K key : here) {
            results.put(key, CompletableFuture.completedFuture(call(work.apply(key))));
        }
        Map<K, T> out = new EnumMap<>(type);
        for (Map.Entry<K, CompletableFuture<T>> e : results.entrySet()) {
            out.put(e.getKey(), join(e.getValue()));
        }
        return out;
    }

    private Thread thread(Runnable body) {
        Thread thread = new Thread(null, body, name + "-" + started.incrementAndGet(), stackBytes);
        thread.setDaemon(true); // a job given up must not keep the program from ending
        return thread;
    }

    private static <T> T call(Callable<T> work) throws IOException {
        try {
            return work.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static <T> T join(CompletableFuture<T> result) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
    }

    /**
     * What a piece of work on another thread threw, as this thread throws it: an error or an
     * unchecked exception as it is, an {@link IOException} to be thrown, anything else wrapped in one.
     */
    public static IOException rethrown(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        return cause instanceof IOException io ? io : new IOException(cause);
    }

    /** A piece of work under way on its own thread. */
    public static final class Job<T> implements Commit {
        private enum State {
            RUNNING,
            COMMITTING,
            DONE,
            GIVEN_UP
        }

        private final CompletableFuture<T> result = new CompletableFuture<>();
        private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
        private final AtomicBoolean released = new AtomicBoolean();
        private final Runnable release;
        private volatile long startNanos;

        private Job(Runnable release) {
            this.release = release;
        }

        private void run(Work<T> work) {
            try {
                T value = work.run(this);
                finish();
                result.complete(value);
            } catch (Throwable t) {
                // whatever it is, even a stack overflow or memory exhausted: it belongs to this job
                finish();
                result.completeExceptionally(t);
            } finally {
                releaseCore();
            }
        }

        /** Marks the job ended, unless it was given up: then its outcome is no longer awaited. */
        private void finish() {
            if (!state.compareAndSet(State.RUNNING, State.DONE)) {
                state.compareAndSet(State.COMMITTING, State.DONE);
            }
        }

        @Override
        public boolean begin() {
            return state.compareAndSet(State.RUNNING, State.COMMITTING) || state.get() == State.COMMITTING;
        }

        /**
         * The job's result, waiting at most {@code budgetNanos} from its start. When the time is
         * up and the job has not begun its changes, it is given up: it will change nothing, and
         * its core goes to the next job. Its thread is not interrupted: the renderer would not
         * heed it, and the thread may by then be another job's.
         *
         * @throws TimeoutException   the job was given up
         * @throws ExecutionException the job failed; its cause is what it threw
         */
        public T await(long budgetNanos) throws InterruptedException, ExecutionException, TimeoutException {
            long left = budgetNanos - (System.nanoTime() - startNanos);
            try {
                return result.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (state.compareAndSet(State.RUNNING, State.GIVEN_UP)) {
                    releaseCore();
                    throw e;
                }
                return result.get(); // it is writing its files, or has just ended: a moment
            }
        }

        private void releaseCore() {
            if (released.compareAndSet(false, true)) {
                release.run();
            }
        }
    }
}
