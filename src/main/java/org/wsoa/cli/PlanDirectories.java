package org.wsoa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The plans that hold some files, for {@code wsoa validate --files}: git hooks and pre-commit give
 * the files that changed, and wsoa checks whole plans. A plan is a folder with a {@code plan.yaml};
 * a file belongs to the nearest such folder above it.
 */
final class PlanDirectories {

    private PlanDirectories() {
    }

    /**
     * The plan folders that hold any of {@code files}, each once, in name order. Files outside every
     * plan (a README, a CI workflow) are left out. Relative paths are never followed above the
     * folder they are relative to, so a plan's path reads as the files' paths do.
     */
    static List<Path> holding(Collection<Path> files) {
        TreeSet<Path> plans = new TreeSet<>();
        for (Path file : files) {
            Path folder = Files.isDirectory(file) ? file : file.getParent();
            while (true) {
                Path here = folder == null ? Path.of(".") : folder;
                if (Files.isRegularFile(here.resolve("plan.yaml"))) {
                    plans.add(here);
                    break;
                }
                if (folder == null) {
                    break;
                }
                folder = folder.getParent();
            }
        }
        return List.copyOf(plans);
    }
}
