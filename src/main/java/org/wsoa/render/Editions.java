package org.wsoa.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The editions by the names {@code --format} takes: the plan's, which {@code wsoa build} writes,
 * the progress report's, which {@code wsoa report} writes, and the closure report's, which
 * {@code wsoa close} writes. To add an edition, write its class
 * and its template and register it here.
 */
public final class Editions {

    private static final Map<String, Edition> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Edition> REPORT_BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Edition> CLOSURE_BY_NAME = new LinkedHashMap<>();

    static {
        register(BY_NAME, new HtmlEdition());
        register(BY_NAME, new PdfEdition());
        register(REPORT_BY_NAME, new ReportHtmlEdition());
        register(REPORT_BY_NAME, new ReportPdfEdition());
        register(REPORT_BY_NAME, new ReportMarkdownEdition());
        register(REPORT_BY_NAME, new ReportJsonEdition());
        register(CLOSURE_BY_NAME, new ClosureHtmlEdition());
        register(CLOSURE_BY_NAME, new ClosurePdfEdition());
    }

    /** {@code --format both}: the HTML and the PDF. */
    public static final String BOTH = "both";

    private Editions() {
    }

    private static void register(Map<String, Edition> registry, Edition edition) {
        registry.put(edition.name(), edition);
    }

    /** Every edition's name, in order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** The edition with this name, or null. */
    public static Edition named(String name) {
        return BY_NAME.get(name);
    }

    /**
     * The editions a {@code --format} value asks for: one name, several separated by commas, or
     * {@value #BOTH} for HTML and PDF; null when a name is unknown or none is given.
     */
    public static List<Edition> select(String format) {
        return select(BY_NAME, format);
    }

    /** The names of the progress report's editions, in order. */
    public static List<String> reportNames() {
        return List.copyOf(REPORT_BY_NAME.keySet());
    }

    /** The progress report's editions that a {@code wsoa report --format} value asks for, as {@link #select}; null when a name is unknown. */
    public static List<Edition> selectReport(String format) {
        return select(REPORT_BY_NAME, format);
    }

    /** The names of the closure report's editions, in order. */
    public static List<String> closureNames() {
        return List.copyOf(CLOSURE_BY_NAME.keySet());
    }

    /** The closure report's editions that a {@code wsoa close --format} value asks for, as {@link #select}; null when a name is unknown. */
    public static List<Edition> selectClosure(String format) {
        return select(CLOSURE_BY_NAME, format);
    }

    private static List<Edition> select(Map<String, Edition> registry, String format) {
        List<Edition> editions = new ArrayList<>();
        for (String name : format.split(",")) {
            String wanted = name.strip();
            List<String> names = wanted.equals(BOTH) ? List.of("html", "pdf") : List.of(wanted);
            for (String one : names) {
                Edition edition = registry.get(one);
                if (edition == null) {
                    return null;
                }
                if (!editions.contains(edition)) {
                    editions.add(edition);
                }
            }
        }
        // "--format ," names no edition: that is a mistake, not a request for nothing.
        return editions.isEmpty() ? null : editions;
    }

    /**
     * Makes every edition before any is written, so that a failure leaves none: the files by
     * name ({@code <name>.<extension>}), in the order of {@code editions}.
     */
    public static Map<String, byte[]> render(List<Edition> editions, String name, ResolvedPlan plan,
            Publication publication) throws RenderException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Edition edition : editions) {
            files.put(name + "." + edition.extension(), edition.render(plan, publication));
        }
        return files;
    }
}
