package org.wsoa.cli;

import java.io.File;
import java.nio.file.Path;
import java.security.Permission;
import java.util.Arrays;
import java.util.List;

/**
 * Runs wsoa with a watch on the files it writes and removes: each one outside the directories in
 * the system property {@code wsoa.test.allowed} (separated like a class path) is reported on
 * standard error as {@code wsoa-test: wrote PATH}, so that a test sees even temporary files that
 * are gone by the end. Java's security manager is the one hook that sees every write the JVM's
 * file APIs make; it grants everything and only watches.
 */
public final class WatchedMain {

    static final String ALLOWED = "wsoa.test.allowed";
    static final String REPORT = "wsoa-test: wrote ";

    private WatchedMain() {
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) {
        List<Path> allowed = Arrays.stream(System.getProperty(ALLOWED, "").split(File.pathSeparator))
                .filter(p -> !p.isEmpty()).map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission permission) {
                // Everything is allowed: this manager only watches writes.
            }

            @Override
            public void checkPermission(Permission permission, Object context) {
                // As above.
            }

            @Override
            public void checkWrite(String file) {
                watch(file);
            }

            @Override
            public void checkDelete(String file) {
                watch(file);
            }

            private void watch(String file) {
                Path path = Path.of(file).toAbsolutePath().normalize();
                if (allowed.stream().noneMatch(path::startsWith)) {
                    System.err.println(REPORT + path);
                }
            }
        });
        Main.main(args);
    }
}
