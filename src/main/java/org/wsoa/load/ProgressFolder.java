package org.wsoa.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.calendar.BritishDates;
import org.wsoa.calendar.IsoDates;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.SourceRef;

/**
 * Reads {@code progress/}: one file per reporting point, named for the date it reports as at
 * ({@code 2022-03-31.yaml}), which it says again inside. Checks that the name and the date agree and
 * that no two files report as at the same date.
 */
final class ProgressFolder {

    /** The reports in date order, every file read, what was found, and whether some file could not be read. */
    record Result(List<ProgressReport> reports, List<String> files, List<Diagnostic> diagnostics,
                  boolean someUnreadable) {
    }

    private final Path dir;
    private final PlanFiles planFiles;

    /**
     * @param dir       the plan directory, inside which evidence files must lie
     * @param planFiles how the plan's files are read
     */
    ProgressFolder(Path dir, PlanFiles planFiles) {
        this.dir = dir;
        this.planFiles = planFiles;
    }

    Result read(Path folder) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<ProgressReport> reports = new ArrayList<>();
        boolean someUnreadable = false;
        EvidenceFiles evidence = new EvidenceFiles(dir);
        List<PlanFiles.Read<ProgressReport>> read = planFiles.readEach(planFiles.yamlFiles(folder, diagnostics),
                (root, path, found) -> new ProgressYaml(found, evidence).read(root, path.toString(), named(path)));
        for (PlanFiles.Read<ProgressReport> file : read) {
            files.add(file.path().toString());
            diagnostics.addAll(file.diagnostics());
            if (file.value() == null) {
                someUnreadable = true;
                continue;
            }
            checkName(file.path(), file.value(), diagnostics);
            if (file.value().date() != null) {
                reports.add(file.value());
            }
        }
        reports.sort(Comparator.comparing((ProgressReport r) -> r.date().date()).thenComparing(ProgressReport::file));
        Map<LocalDate, ProgressReport> first = new HashMap<>();
        for (ProgressReport report : reports) {
            ProgressReport earlier = first.putIfAbsent(report.date().date(), report);
            if (earlier != null) {
                diagnostics.add(Diagnostic.of(LoadCheck.PROGRESS_FILE, report.date().at(),
                        "this file and " + earlier.file() + " both report progress as at "
                                + BritishDates.formatShort(report.date().date()),
                        "keep one progress file for each date: merge the two"));
            }
        }
        return new Result(reports, files, diagnostics, someUnreadable);
    }

    /** The date a file's name gives, or null when its name is not a date. */
    private static LocalDate named(Path path) {
        String name = path.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        try {
            return IsoDates.parse(stem);
        } catch (IsoDates.BadDateException e) {
            return null;
        }
    }

    private static void checkName(Path path, ProgressReport report, List<Diagnostic> diagnostics) {
        LocalDate named = named(path);
        if (named == null) {
            diagnostics.add(Diagnostic.of(LoadCheck.PROGRESS_FILE, SourceRef.file(path.toString()),
                    "the name of " + path.getFileName() + " is not the date it reports as at",
                    report.date() == null ? "name it YYYY-MM-DD.yaml, for the date it reports as at"
                            : "rename it " + report.date().date() + ".yaml"));
        } else if (report.date() != null && !named.equals(report.date().date())) {
            diagnostics.add(Diagnostic.of(LoadCheck.PROGRESS_FILE, report.date().at(),
                    "this file is named for " + BritishDates.formatShort(named) + ", but its `date:` is "
                            + BritishDates.formatShort(report.date().date()),
                    "the two must agree: rename the file or correct `date:`"));
        }
    }
}
