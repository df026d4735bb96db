package org.wsoa.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work on several plans in one JVM, on a small pool of threads (one for each processor, at most
 * {@link #MAX_THREADS}, so that two PDFs fit the launcher's heap), with each plan's messages kept
 * apart and printed together, in the order the plans were given, whatever order they finish in.
 */
final class PlanJobs {

    /** At most this many plans at a time: each PDF of a large plan needs tens of megabytes of heap. */
    static final int MAX_THREADS = 2;

    /** One plan's work: writes its messages to {@code out} and {@code err} and gives its exit code. */
    interface Job {
        int run(PrintWriter out, PrintWriter err) throws Exception;
    }

    /** One plan's outcome: its exit code and what it printed. */
    record Outcome(int exitCode, String out, String err) {
    }

    private PlanJobs() {
    }

    /** The number of threads for {@code plans} plans on this machine. */
    static int threads(int plans) {
        return Math.max(1, Math.min(plans, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors())));
    }

    /**
     * Runs the jobs, prints each one's messages to {@code out} and {@code err} in the jobs' order,
     * as soon as it and those before it are done, and returns the worst exit code (0 for none).
     * A job that throws stops the run, and what it threw is thrown (Main reports it as one line).
     */
    static int run(List<Job> jobs, PrintWriter out, PrintWriter err) {
        return run(jobs, out, err, null);
    }

    /** As {@link #run(List, PrintWriter, PrintWriter)}, keeping each outcome in {@code outcomes} if not null. */
    static int run(List<Job> jobs, PrintWriter out, PrintWriter err, List<Outcome> outcomes) {
        ExecutorService pool = pool(jobs.size());
        int worst = Main.OK;
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> outcome(job)));
            }
            for (Future<Outcome> future : futures) {
                Outcome outcome = future.get();
                out.print(outcome.out());
                out.flush();
                err.print(outcome.err());
                err.flush();
                worst = Math.max(worst, outcome.exitCode());
                if (outcomes != null) {
                    outcomes.add(outcome);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.USAGE;
        } catch (ExecutionException e) {
            throw rethrown(e);
        } finally {
            pool.shutdownNow();
        }
        return worst;
    }

    /**
     * {@code work} applied to each item on the pool, the results in the items' order. What {@code work}
     * throws is thrown (Main reports it as one line).
     */
    static <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> work) {
        if (items.size() == 1) {
            return List.of(work.apply(items.get(0)));
        }
        ExecutorService pool = pool(items.size());
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrown(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ExecutorService pool(int jobs) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(threads(jobs), task -> {
            Thread thread = new Thread(task, "wsoa-plan-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What a job threw, to be thrown again: an internal error, or running out of memory. */
    private static RuntimeException rethrown(ExecutionException e) {
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        if (e.getCause() instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(e.getCause());
    }

    private static Outcome outcome(Job job) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        int exitCode = job.run(outWriter, errWriter);
        outWriter.flush();
        errWriter.flush();
        return new Outcome(exitCode, out.toString(), err.toString());
    }
}
