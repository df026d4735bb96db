package org.wsoa.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wsoa.model.PlanKind;

/**
 * The shape docs/architecture.md describes: data flows one way through the packages, and plan kinds
 * are data, never compared by identity in code, templates or the skeleton.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/wsoa");

    /** The packages each package may import, following the flow files → load → resolve → rules → report. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("calendar", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("diagnostic", Set.of("model")),
            Map.entry("load", Set.of("calendar", "diagnostic", "model")),
            Map.entry("resolve", Set.of("calendar", "diagnostic", "load", "model")),
            Map.entry("rules", Set.of("calendar", "diagnostic", "load", "model", "resolve")),
            Map.entry("report", Set.of("diagnostic", "model", "rules")),
            Map.entry("render", Set.of("calendar", "diagnostic", "model", "resolve")),
            Map.entry("export", Set.of("calendar", "model", "resolve")),
            Map.entry("init", Set.of("calendar", "model")),
            Map.entry("publish", Set.of()),
            // wsoa build --verify: checks the bytes of the files a build wrote (a PDF against its HTML, the
            // page's structure, veraPDF); it knows no plan, and its findings are diagnostics.
            Map.entry("verify", Set.of("diagnostic", "model")),
            // wsoa preview: validates and renders, as build does, and serves the result.
            Map.entry("preview", Set.of("calendar", "diagnostic", "load", "model", "render", "resolve", "rules")),
            // wsoa diff: compares two resolved plans; it neither validates nor renders. From report, only
            // TerminalText, for plan text printed to a terminal.
            Map.entry("diff", Set.of("calendar", "model", "report", "resolve")),
            Map.entry("cli", Set.of("calendar", "diagnostic", "diff", "export", "init", "load", "model", "preview",
                    "publish", "render", "report", "resolve", "rules", "verify")));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.wsoa\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void noPackageReachesBackUpTheFlow() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources(MAIN)) {
            String from = MAIN.relativize(file).getName(0).toString();
            assertThat(ALLOWED).as("every package is in the table: " + from).containsKey(from);
            Matcher imports = IMPORT.matcher(Files.readString(file));
            while (imports.find()) {
                String to = imports.group(1);
                if (!to.equals(from) && !ALLOWED.get(from).contains(to)) {
                    wrong.add(file + " imports org.wsoa." + to);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noCodeNamesAPlanKindOtherThanTheKindItself() throws IOException {
        List<String> wrong = new ArrayList<>();
        Pattern constant = Pattern.compile("PlanKind\\.[A-Z][A-Z_]*\\b|case\\s+(WSOA|APP|PRIORITY_ACTION_PLAN|STRATEGIC_PLAN)\\b");
        for (Path file : sources(MAIN)) {
            if (file.endsWith("model/PlanKind.java")) {
                continue;
            }
            Matcher uses = constant.matcher(Files.readString(file));
            while (uses.find()) {
                wrong.add(file + ": " + uses.group());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noTemplateOrSkeletonFileAsksWhichKindAPlanIs() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> files = new ArrayList<>(sources(Path.of("templates")));
        files.addAll(sources(Path.of("src/main/resources/org/wsoa/init")));
        Pattern kindTest = Pattern.compile("kind\\.code\\s*(==|!=)|kindCode|isApp|isWsoa|==\\s*\"(wsoa|app|priority-action-plan|strategic-plan)\"");
        for (Path file : files) {
            Matcher uses = kindTest.matcher(Files.readString(file));
            while (uses.find()) {
                wrong.add(file + ": " + uses.group());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The test can see what it looks for: the kinds are named in PlanKind itself. */
    @Test
    void theKindsAreNamedWhereTheyAreDefined() throws IOException {
        String kinds = Files.readString(MAIN.resolve("model/PlanKind.java"));
        for (PlanKind kind : PlanKind.values()) {
            assertThat(kinds).contains(kind.name() + "(\"" + kind.code() + "\"");
        }
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
