package org.wsoa.render;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fills in a template within its {@link TemplateLimits}. The template runs on a thread of its own
 * with a stack of known size, so that recursion ends in a message rather than in wsoa's own
 * stack; its output goes through a writer that counts characters, nesting and time and stops it
 * at the place it has reached; a loop that writes nothing is interrupted when the time is up
 * (FreeMarker checks for that in every loop, see {@link SandboxedConfiguration}).
 */
final class TemplateSandbox {

    /** The stack of the template's thread: ample for the nesting limit, and runaway recursion still ends at once. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;
    /**
     * How long after the time is up the watchdog looks: a template that writes is stopped by its
     * writer first, at the place it writes; the watchdog is for loops that write nothing.
     */
    private static final long WATCHDOG_DELAY_MILLIS = 500;
    /** After the time is up, how long a template that writes nothing has to notice the interruption. */
    private static final long GRACE_MILLIS = 2_000;

    private final TemplateLimits limits;

    TemplateSandbox(TemplateLimits limits) {
        this.limits = limits;
    }

    /** Where in a template it was stopped: its name as FreeMarker knows it, line and column. */
    record Place(String template, int line, int column) {

        /** The instruction the template is at, or null if FreeMarker cannot say. */
        static Place of(Environment env) {
            if (env == null) {
                return null;
            }
            try {
                TemplateElement[] stack = _CoreAPI.getInstructionStackSnapshot(env);
                if (stack == null || stack.length == 0 || stack[0] == null || stack[0].getTemplate() == null) {
                    return null;
                }
                return new Place(stack[0].getTemplate().getSourceName(), stack[0].getBeginLine(), stack[0].getBeginColumn());
            } catch (RuntimeException e) {
                // Read while the template runs on (a loop that is being stopped): no place, then.
                return null;
            }
        }
    }

    /** What stopped a template, with the place it had reached where wsoa can tell. */
    static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Place place;

        Stopped(String message, Place place) {
            super(message, null, false, false);
            this.place = place;
        }

        /** Where, or null when only the page's template is known. */
        Place place() {
            return place;
        }
    }

    /** The template filled in with the model. */
    String fill(Template template, Map<String, Object> model) throws TemplateException, IOException, Stopped {
        LimitedWriter out = new LimitedWriter(System.nanoTime() + limits.time().toNanos());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                template.process(model, out);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "wsoa-template", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        boolean timedOut = false;
        Place reached = null;
        try {
            thread.join(limits.time().toMillis() + WATCHDOG_DELAY_MILLIS);
            if (thread.isAlive()) {
                // A loop that writes nothing: see where it is, then stop it.
                timedOut = true;
                reached = Place.of(out.environment);
                thread.interrupt();
                thread.join(GRACE_MILLIS);
            }
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new Stopped("wsoa was stopped before the templates were filled in", null);
        }
        if (out.stopped != null) {
            throw out.stopped;
        }
        if (timedOut) {
            // A thread that did not notice is a daemon, and ends with wsoa.
            throw tooSlow(reached);
        }
        return result(failure.get(), out);
    }

    private String result(Throwable e, LimitedWriter out) throws TemplateException, IOException, Stopped {
        if (e == null) {
            return out.text.toString();
        }
        if (e instanceof TemplateException te) {
            throw te;
        }
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof StackOverflowError) {
            throw new Stopped("the templates nest macro or function calls too deeply to finish: a macro or"
                    + " function that calls itself without end?", null);
        }
        if (e instanceof OutOfMemoryError) {
            throw new Stopped("the templates build more text than wsoa has memory for: a text that doubles in a"
                    + " loop?", null);
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        throw (Error) e;
    }

    private Stopped tooSlow(Place place) {
        return new Stopped("the templates did not finish within " + limits.time().toSeconds()
                + " seconds (the limit): a loop that never ends?", place);
    }

    /**
     * The page as it is written, counted: too many characters, too deep a nesting or a write after
     * the time is up stops the template there.
     */
    private final class LimitedWriter extends Writer {

        private final StringBuilder text = new StringBuilder(64 * 1024);
        private final long giveUpAt;
        /** The template's environment, for the watchdog to see where a loop that writes nothing is. */
        private volatile Environment environment;
        private Stopped stopped;

        LimitedWriter(long giveUpAt) {
            this.giveUpAt = giveUpAt;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            check(length);
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) throws IOException {
            check(length);
            text.append(string, offset, offset + length);
        }

        private void check(int length) throws IOException {
            if (stopped != null) {
                throw new IOException(stopped.getMessage());
            }
            Environment env = Environment.getCurrentEnvironment();
            environment = env;
            if (text.length() + (long) length > limits.output()) {
                stop(new Stopped("the templates write more than " + limits.output() + " characters (the limit):"
                        + " a loop that never ends?", Place.of(env)));
            }
            if (System.nanoTime() - giveUpAt > 0) {
                stop(tooSlow(Place.of(env)));
            }
            if (env != null) {
                TemplateElement[] stack = _CoreAPI.getInstructionStackSnapshot(env);
                if (stack != null && stack.length > limits.depth()) {
                    stop(new Stopped("the templates nest macro calls, includes and directives more than "
                            + limits.depth() + " deep (the limit): a macro that calls itself without end?", Place.of(env)));
                }
            }
        }

        private void stop(Stopped why) throws IOException {
            stopped = why;
            throw new IOException(why.getMessage());
        }

        @Override
        public void flush() {
            // Kept in memory until the page is whole.
        }

        @Override
        public void close() {
            // As flush.
        }
    }
}
