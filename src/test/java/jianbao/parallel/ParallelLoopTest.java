package jianbao.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelLoopTest {

    @Test
    void mapKeepsTheOrderOfTheItemsWhateverTheirNumber() {
        for (int count : new int[] {0, 1, ParallelLoop.SLICE, ParallelLoop.SLICE + 1, 1000}) {
            List<Integer> items = IntStream.range(0, count).boxed().toList();
            assertEquals(items.stream().map(i -> "#" + i).toList(), ParallelLoop.map(items, i -> "#" + i));
            assertEquals(items, ParallelLoop.map(count, i -> i));
        }
    }

    @Test
    void forEachRunsEveryItemOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(1001);
        ParallelLoop.forEach(IntStream.range(0, 1001).boxed().toList(), runs::incrementAndGet);
        for (int i = 0; i < runs.length(); i++) {
            assertEquals(1, runs.get(i), "item " + i);
        }
    }

    @Test
    void whatAnItemThrowsIsThrown() {
        List<Integer> items = IntStream.range(0, 100).boxed().toList();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ParallelLoop.forEach(items, i -> {
            if (i == 77) {
                throw new IllegalStateException("item 77");
            }
        }));
        assertTrue(thrown.getMessage().contains("item 77"), thrown.getMessage());
    }

    /**
     * The first item waits until the last has run: only another thread of the pool can run it, by
     * taking the slices the first thread left. The loop runs on the caller's pool and no other.
     */
    @Test
    void anIdleThreadOfTheCallersPoolTakesTheItemsABusyOneLeft() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            List<Integer> items = IntStream.range(0, 200).boxed().toList();
            CountDownLatch lastRan = new CountDownLatch(1);
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            List<Boolean> waited = new ArrayList<>();
            pool.submit(() -> ParallelLoop.forEach(items, i -> {
                threads.add(Thread.currentThread());
                if (i == 0) {
                    try {
                        waited.add(lastRan.await(10, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                } else if (i == items.size() - 1) {
                    lastRan.countDown();
                }
            })).get(20, TimeUnit.SECONDS);
            assertEquals(List.of(true), waited);
            assertEquals(2, threads.size());
            assertTrue(threads.stream().allMatch(t -> t instanceof java.util.concurrent.ForkJoinWorkerThread w && w.getPool() == pool));
        } finally {
            pool.shutdownNow();
        }
    }
}
