package dev.workshops.infra;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Preparation work done side by side (tokens for many people, say): the results in the items' order. */
public final class Parallel {

    private Parallel() {
    }

    /** Applies {@code work} to every item on {@code threads} threads; the first failure fails the whole. */
    public static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = items.stream().map(item -> pool.submit(() -> work.apply(item))).toList();
            return futures.stream().map(future -> {
                try {
                    return future.get();
                } catch (Exception e) {
                    throw new IllegalStateException("a step done in parallel failed", e);
                }
            }).toList();
        } finally {
            pool.shutdownNow();
        }
    }
}
