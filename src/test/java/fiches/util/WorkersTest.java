package fiches.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.RunLimits;
import fiches.product.Edition;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each job on its own large-stack thread, at most one per core, and given up cleanly when it runs past its time. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class WorkersTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void recursionFarDeeperThanAnOrdinaryThreadTakesRunsOnTheRunsThreads() throws Exception {
        // 100 000 frames overflow the 1 MB stack of an ordinary thread, as deeply nested quotes did
        Workers workers = new Workers(1, RunLimits.DEFAULT.stackBytes(), "test");
        assertEquals(100_000, workers.start(c -> depth(100_000)).await(60 * SECOND));
    }

    @Test
    void aStackOverflowIsTheJobsOutcomeNotTheCallers() throws Exception {
        Workers workers = new Workers(1, 1 << 20, "test");
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> workers.start(c -> depth(Integer.MAX_VALUE)).await(60 * SECOND));
        assertInstanceOf(StackOverflowError.class, e.getCause());
        assertEquals(7, workers.start(c -> 7).await(60 * SECOND), "its core was given back");
    }

    @Test
    void aJobPastItsTimeIsGivenUpItsCoreFreedAndItMayNoLongerCommit() throws Exception {
        Workers workers = new Workers(1, 1 << 20, "test");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean committed = new AtomicBoolean(true);
        Workers.Job<String> slow = workers.start(commit -> {
            awaitUninterruptibly(release); // as the renderer, which does not heed interruption
            committed.set(commit.begin());
            done.countDown();
            return "late";
        });

        assertThrows(TimeoutException.class, () -> slow.await(SECOND / 10));
        assertEquals("next", workers.start(c -> "next").await(60 * SECOND), "the only core went to the next job");
        release.countDown();
        assertTrue(done.await(1, TimeUnit.MINUTES));
        assertFalse(committed.get(), "a job given up must change nothing");
    }

    @Test
    void aJobThatBeganCommittingIsWaitedForEvenPastItsTime() throws Exception {
        Workers workers = new Workers(1, 1 << 20, "test");
        CountDownLatch committing = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        Workers.Job<String> job = workers.start(commit -> {
            assertTrue(commit.begin());
            committing.countDown();
            awaitUninterruptibly(written);
            return "written";
        });
        assertTrue(committing.await(1, TimeUnit.MINUTES));
        // The job ends only once this thread waits for it, past its time: it is still committing.
        Thread waiting = Thread.currentThread();
        Thread writer = new Thread(() -> {
            while (waiting.getState() != Thread.State.WAITING && waiting.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
            written.countDown();
        });
        writer.setDaemon(true);
        writer.start();
        assertEquals("written", job.await(0));
    }

    @Test
    void sideBySideReturnsEveryResultInKeyOrderWithOrWithoutAFreeCore() throws Exception {
        for (int cores : new int[] {1, 4}) {
            Workers workers = new Workers(cores, 1 << 20, "test");
            Map<Edition, String> results = workers.sideBySide(
                    Edition.class, Edition.pdfs(), e -> () -> e.name().toLowerCase());
            assertEquals(Map.of(Edition.HANDOUT, "handout", Edition.ACCESSIBLE, "accessible"), results);
            assertEquals(java.util.List.copyOf(Edition.pdfs()), java.util.List.copyOf(results.keySet()));
        }
    }

    static void awaitUninterruptibly(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                // keep waiting
            }
        }
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }
}
