package org.wsoa.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.model.OutputName;
import org.wsoa.model.PlanKind;

/**
 * Writes a new plan directory to fill in: every file with comments that explain each field, and
 * placeholders that {@code wsoa validate} lists as still to do. The plan validates from the start,
 * with warnings. Nothing is written unless all of it can be ({@link NewPlanDirectory}).
 */
public final class PlanSkeleton {

    /** The folder in the new plan that holds the JSON Schemas its files point editors to. */
    public static final String SCHEMA_FOLDER = ".schema";

    private static final String BASE = "/org/wsoa/init/";
    private static final List<String> FILES = List.of("plan.yaml", "people.yaml", "governance.yaml",
            "weaknesses/w1.yaml", "risks.yaml", "resources.yaml", "glossary.yaml", "introduction.md",
            "statement-of-intent.md");

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
        Map<String, String> values = values(settings);
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : FILES) {
            files.put(file, fill(resource(file), values));
        }
        return NewPlanDirectory.write(dir, files);
    }

    private static Map<String, String> values(Settings settings) {
        SkeletonDates dates = settings.dates();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", settings.kind().code());
        values.put("area", YamlText.quoted(settings.area()));
        values.put("council", YamlText.quoted(settings.area() + " Council"));
        values.put("received", settings.received().toString());
        values.put("deadline", dates.deadline().toString());
        values.put("deadline-words", dates.deadlineWords());
        values.put("submitted", dates.deadline().toString());
        values.put("period-start", dates.periodStart().toString());
        values.put("period-end", dates.periodEnd().toString());
        values.put("first-due", dates.firstDue().toString());
        values.put("financial-year", financialYear(dates.periodStart()));
        values.put("default-title", YamlText.quoted(settings.area() + " " + settings.kind().title()));
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
}
