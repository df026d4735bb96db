package org.wsoa.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * A plan as it was at a git revision, written out (with {@code git show REV:path}, file by file)
 * into a temporary directory inside the system's temporary directory, so that it can be loaded as
 * any plan is. {@link #close} removes the directory, and so does the end of the process if it comes
 * first (Ctrl-C, SIGTERM). The repository itself is only read.
 */
public final class GitSnapshot implements AutoCloseable {

    /** Why a plan could not be read from git, in words for the user. */
    public static final class GitException extends Exception {
        private static final long serialVersionUID = 1L;

        GitException(String message) {
            super(message, null, false, false);
        }
    }

    private final Path temporary;
    private final Path plan;
    private final Thread removal;

    private GitSnapshot(Path temporary, Path plan, Thread removal) {
        this.temporary = temporary;
        this.plan = plan;
        this.removal = removal;
    }

    /** The plan directory as it was at the revision. */
    public Path directory() {
        return plan;
    }

    /**
     * Writes out the plan in directory {@code plan} as it was at {@code revision}.
     *
     * @param git the git program, e.g. {@code git} (found on the PATH)
     * @throws GitException if git is missing, {@code plan} is not in a repository, the revision does
     *                      not exist, or the plan was not in it
     */
    public static GitSnapshot of(Path plan, String revision, String git) throws GitException {
        Path absolute = plan.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new GitException("no directory at " + plan);
        }
        Result top = run(git, existing, "rev-parse", "--show-toplevel");
        if (top.exit() != 0) {
            throw new GitException(plan + " is not in a git repository" + top.reason());
        }
        Path root;
        String prefix;
        try {
            root = Path.of(top.text().strip()).toRealPath();
            Path real = existing.toRealPath().resolve(existing.relativize(absolute));
            if (!real.startsWith(root)) {
                throw new GitException(plan + " is not inside the git repository at " + root);
            }
            prefix = root.relativize(real).toString().replace('\\', '/');
        } catch (IOException e) {
            throw new GitException("cannot read " + plan + ": " + e.getMessage());
        }
        if (revision.startsWith("-")) {
            throw new GitException("`" + revision + "` is not a revision");
        }
        if (run(git, root, "rev-parse", "--verify", "--quiet", revision + "^{commit}").exit() != 0) {
            throw new GitException("there is no revision `" + revision + "` in the git repository at " + root);
        }
        Result listing = run(git, root, "ls-tree", "-r", "-z", "--name-only", revision, "--",
                prefix.isEmpty() ? "." : prefix + "/");
        List<String> files = new ArrayList<>();
        for (String name : listing.text().split("\0")) {
            if (!name.isEmpty()) {
                files.add(name);
            }
        }
        if (listing.exit() != 0 || files.isEmpty()) {
            throw new GitException("there is no plan at " + (prefix.isEmpty() ? "the top" : prefix) + " in revision `"
                    + revision + "`");
        }
        Path temporary = null;
        Thread removal = null;
        try {
            temporary = Files.createTempDirectory("wsoa-diff-");
            Path made = temporary;
            removal = new Thread(() -> delete(made), "wsoa-diff-cleanup");
            Runtime.getRuntime().addShutdownHook(removal);
            Path name = absolute.getFileName();
            Path target = temporary.resolve(name == null ? "plan" : name.toString());
            Files.createDirectories(target);
            for (String file : files) {
                String relative = prefix.isEmpty() ? file : file.substring(prefix.length() + 1);
                Result content = run(git, root, "show", "--no-textconv", revision + ":" + file);
                if (content.exit() != 0) {
                    throw new GitException("git could not show " + file + " at `" + revision + "`" + content.reason());
                }
                Path to = target.resolve(relative).normalize();
                if (!to.startsWith(target)) {
                    throw new GitException("the file " + file + " at `" + revision + "` lies outside the plan");
                }
                Files.createDirectories(to.getParent());
                Files.write(to, content.bytes());
            }
            return new GitSnapshot(temporary, target, removal);
        } catch (IOException e) {
            remove(temporary, removal);
            throw new GitException("cannot write the plan at `" + revision + "` to a temporary directory: "
                    + e.getMessage());
        } catch (GitException e) {
            remove(temporary, removal);
            throw e;
        }
    }

    /** Removes the temporary directory and everything in it. */
    @Override
    public void close() {
        remove(temporary, removal);
    }

    private static void remove(Path temporary, Thread removal) {
        if (removal != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(removal);
            } catch (IllegalStateException e) {
                // The process is already ending: the hook removes the directory.
                return;
            }
        }
        delete(temporary);
    }

    private static void delete(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary directory " + directory, e);
        }
    }

    /** What one run of git gave: its exit code, its output, and the first line it wrote to stderr. */
    private record Result(int exit, byte[] bytes, String error) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** ": fatal: ..." from git, to follow a message, or nothing. */
        String reason() {
            return error.isEmpty() ? "" : " (git says: " + error + ")";
        }
    }

    private static Result run(String git, Path directory, String... arguments) throws GitException {
        List<String> command = new ArrayList<>();
        command.add(git);
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new GitException("--from and --to need git, and `" + git + "` could not be run; install git,"
                    + " or compare two plan directories instead");
        }
        try {
            process.getOutputStream().close();
            // stderr is read on its own thread, so that neither stream can fill and stall git.
            CompletableFuture<byte[]> error = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] output = readAll(process.getInputStream());
            int exit = process.waitFor();
            String firstLine = new String(error.join(), StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
            return new Result(exit, output, firstLine);
        } catch (IOException e) {
            throw new GitException("git failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while git ran");
        } finally {
            process.destroy();
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
