package org.wsoa.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.wsoa.model.OutputName;
import org.wsoa.model.PlanKind;

/**
 * Writes a new plan directory to fill in: every file with comments that explain each field, and
 * placeholders that {@code wsoa validate} lists as still to do. The plan validates from the start,
 * with warnings. Nothing is written unless all of it can be: the files are written to a temporary
 * directory beside the target and moved into place in one step.
 */
public final class PlanSkeleton {

    /** The folder in the new plan that holds the JSON Schemas its files point editors to. */
    public static final String SCHEMA_FOLDER = ".schema";

    private static final String BASE = "/org/wsoa/init/";
    private static final List<String> FILES = List.of("plan.yaml", "people.yaml", "governance.yaml",
            "weaknesses/w1.yaml", "risks.yaml", "resources.yaml", "glossary.yaml", "introduction.md",
            "statement-of-intent.md");
    private static final List<String> SCHEMAS = List.of("plan", "people", "governance", "weakness", "risks",
            "resources", "glossary", "progress");

    /** What the author told {@code wsoa init}, and the dates worked out from it. */
    public record Settings(PlanKind kind, String area, LocalDate received, SkeletonDates dates) {
    }

    private PlanSkeleton() {
    }

    /**
     * Writes the skeleton to {@code dir}, which must not exist yet (or be an empty directory).
     *
     * @return the files written, relative to {@code dir}
     * @throws IOException if {@code dir} is in use or cannot be written; nothing is left behind
     */
    public static List<String> write(Path dir, Settings settings) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (!Files.isDirectory(dir) || entries.findAny().isPresent()) {
                    throw new IOException(dir + " already exists and is not empty; wsoa init only writes new plans");
                }
            }
            Files.delete(dir);
        }
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".init-");
        List<String> written = new ArrayList<>();
        try {
            Map<String, String> values = values(settings);
            for (String file : FILES) {
                String text = fill(resource(file), values);
                Path target = temp.resolve(file);
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
                written.add(file);
            }
            for (String schema : SCHEMAS) {
                String name = schema + ".schema.json";
                try (InputStream in = PlanSkeleton.class.getResourceAsStream("/org/wsoa/schema/" + name)) {
                    if (in != null) {
                        Path target = temp.resolve(SCHEMA_FOLDER).resolve(name);
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target);
                        written.add(SCHEMA_FOLDER + "/" + name);
                    }
                }
            }
            // A temporary directory is private to its owner; the plan is for the whole team.
            if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            deleteQuietly(temp);
        }
    }

    private static Map<String, String> values(Settings settings) {
        SkeletonDates dates = settings.dates();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", settings.kind().code());
        values.put("area", quoted(settings.area()));
        values.put("council", quoted(settings.area() + " Council"));
        values.put("received", settings.received().toString());
        values.put("deadline", dates.deadline().toString());
        values.put("deadline-words", dates.deadlineWords());
        values.put("submitted", dates.deadline().toString());
        values.put("period-start", dates.periodStart().toString());
        values.put("period-end", dates.periodEnd().toString());
        values.put("first-due", dates.firstDue().toString());
        values.put("financial-year", financialYear(dates.periodStart()));
        values.put("default-title", quoted(settings.area() + " " + settings.kind().title()));
        values.put("output-name", OutputName.made(settings.area(), settings.kind(), settings.received()));
        HealthPartner.on(settings.received()).fill(values);
        PlanKind kind = settings.kind();
        values.put("kind-title", kind.titleWithArticle());
        if (kind.outcome() != null) {
            values.put("outcome", kind.outcome().code());
            values.put("areas-key", kind.areas().listKey());
            values.put("area-term", kind.areas().singular());
        }
        String inspection = kind.followsRevisit() ? "inspection-app.yaml"
                : kind.framework().hasOutcomes() ? "inspection-2023.yaml" : "inspection-wsoa.yaml";
        values.put("inspection", fill(resource(inspection), values).stripTrailing());
        return values;
    }

    /** {@code 2021/22} for any date from April 2021 to March 2022. */
    static String financialYear(LocalDate date) {
        int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return start + "/" + String.format(java.util.Locale.ROOT, "%02d", (start + 1) % 100);
    }

    /** A YAML double-quoted string, so that any area name is read back exactly as given. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format(java.util.Locale.ROOT, "\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return text;
    }

    private static String resource(String name) {
        try (InputStream in = PlanSkeleton.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("the wsoa jar is missing " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
