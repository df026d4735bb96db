package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsoa.load.PlanFixtures;

/**
 * The hostile corpus: every case under {@code src/test/resources/hostile/} is a small change to
 * a small plan (or a bulky input made here), with the exit codes and first message that
 * {@code validate} and, where it passes, {@code build} must give. Each case runs in-process within
 * a time bound, and must give no stack trace or internal error, read nothing outside the plan into
 * what it prints or publishes, and write nothing outside OUT (a watch sees every file the JVM writes
 * while the case runs, temporary ones included). See docs/security.md for the case format.
 *
 * <p>{@code -Dwsoa.hostile.update=true} rewrites each case's {@code expect:} block from what wsoa
 * did: read the diff before committing it.
 */
class HostileCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final boolean UPDATE = Boolean.getBoolean("wsoa.hostile.update");
    private static final String SECRET = "SECRET-OUTSIDE-THE-PLAN";
    private static final Pattern REPEAT = Pattern.compile("\\{\\{(\\d+)x:(.*?)}}", Pattern.DOTALL);
    private static final Pattern CODE_POINT = Pattern.compile("\\{\\{U\\+([0-9A-Fa-f]{4,6})}}");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");

    /** Files written while a case runs, outside the case's OUT. */
    private static final Map<String, Boolean> WRITTEN = new ConcurrentHashMap<>();
    private static volatile Path watchedOut;
    @SuppressWarnings("removal")
    private static SecurityManager previous;

    @TempDir
    static Path temp;

    @BeforeAll
    @SuppressWarnings("removal")
    static void watchWrites() {
        previous = System.getSecurityManager();
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
                Path out = watchedOut;
                if (out != null) {
                    Path path = Path.of(file).toAbsolutePath().normalize();
                    // The font manager is started with its home below /dev/null, where nothing can be made.
                    if (!path.startsWith(out) && !path.startsWith("/dev/null/")) {
                        WRITTEN.put(path.toString(), Boolean.TRUE);
                    }
                }
            }
        });
    }

    @AfterAll
    @SuppressWarnings("removal")
    static void stopWatching() {
        System.setSecurityManager(previous);
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            // -Dwsoa.hostile.only=REGEX runs only the cases whose names it finds, while working on them.
            Pattern only = Pattern.compile(System.getProperty("wsoa.hostile.only", ""));
            return files.filter(f -> f.toString().endsWith(".yaml")).map(f -> CORPUS.relativize(f).toString())
                    .filter(n -> only.matcher(n).find()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileCaseGetsItsClearMessage(String name) throws Exception {
        Path file = CORPUS.resolve(name);
        String text = Files.readString(file);
        JsonNode spec = new YAMLMapper().readTree(text);
        Path sandbox = Files.createDirectories(temp.resolve(name.replace(".yaml", "").replace('/', '_')));
        Case c = new Case(spec, sandbox);
        c.prepare();

        Map<String, Object> actual = new LinkedHashMap<>();
        Duration bound = Duration.ofSeconds(spec.path("timeout").asInt(30));
        try {
            assertTimeoutPreemptively(bound, () -> c.run(actual), () -> name + " did not finish within " + bound);
        } catch (AssertionError e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }

        if (UPDATE) {
            writeExpectation(file, text, actual);
            return;
        }
        JsonNode expect = spec.path("expect");
        assertThat(expect.isMissingNode()).as(name + " has no expect: block (run with -Dwsoa.hostile.update=true)").isFalse();
        Map<String, Object> expected = new LinkedHashMap<>();
        expect.fields().forEachRemaining(e -> expected.put(e.getKey(),
                e.getValue().isInt() ? (Object) e.getValue().asInt() : e.getValue().asText()));
        assertThat(actual).as(name).isEqualTo(expected);
    }

    private static void writeExpectation(Path file, String text, Map<String, Object> actual) throws IOException {
        int at = text.indexOf("\nexpect:");
        StringBuilder updated = new StringBuilder(at < 0 ? text.stripTrailing() : text.substring(0, at));
        updated.append("\nexpect:\n");
        for (Map.Entry<String, Object> e : actual.entrySet()) {
            updated.append("  ").append(e.getKey()).append(": ");
            if (e.getValue() instanceof Integer) {
                updated.append(e.getValue());
            } else {
                updated.append(quoted((String) e.getValue()));
            }
            updated.append('\n');
        }
        Files.writeString(file, updated.toString());
    }

    private static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xfeff || (c & 0xfffe) == 0xfffe
                    || (c >= 0xd800 && c <= 0xdfff)) {
                quoted.append(String.format("\\u%04X", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    /** One case: its sandbox (plan, OUT, templates, a folder outside the plan) and how to run it. */
    private static final class Case {
        private final JsonNode spec;
        private final Path sandbox;
        private final Path plan;
        private final Path out;
        private final Path templates;
        private final Path outside;
        private Map<String, String> planBefore;

        Case(JsonNode spec, Path sandbox) {
            this.spec = spec;
            this.sandbox = sandbox.toAbsolutePath();
            this.plan = this.sandbox.resolve("plan");
            this.out = this.sandbox.resolve("out");
            this.templates = this.sandbox.resolve("templates");
            this.outside = this.sandbox.resolve("outside");
        }

        void prepare() throws IOException, InterruptedException {
            String base = spec.path("base").asText("tiny");
            Path source = switch (base) {
                case "tiny" -> PlanFixtures.TINY;
                case "every-field" -> PlanFixtures.EVERY_FIELD;
                case "tiny-priority-action-plan" -> PlanFixtures.TINY_PRIORITY_ACTION_PLAN;
                case "tiny-strategic-plan" -> PlanFixtures.TINY_STRATEGIC_PLAN;
                case "empty" -> null;
                default -> Path.of("plans", base);
            };
            if (source == null) {
                Files.createDirectories(plan);
            } else {
                PlanFixtures.copy(source, plan);
            }
            Files.createDirectories(outside);
            Files.writeString(outside.resolve("secret.md"), SECRET + "\n");
            Files.writeString(outside.resolve("secret.yaml"), "secret: " + SECRET + "\n");
            for (JsonNode step : spec.path("steps")) {
                apply(step);
            }
            planBefore = snapshot(plan);
        }

        private void apply(JsonNode step) throws IOException, InterruptedException {
            if (step.has("edit")) {
                PlanFixtures.edit(plan, step.get("edit").asText(), expand(step.get("from").asText()), expand(step.get("to").asText()));
            } else if (step.has("write")) {
                Path target = plan.resolve(step.get("write").asText());
                Files.createDirectories(target.getParent());
                Files.writeString(target, expand(step.get("text").asText()));
            } else if (step.has("append")) {
                Files.writeString(plan.resolve(step.get("append").asText()), expand(step.get("text").asText()),
                        java.nio.file.StandardOpenOption.APPEND);
            } else if (step.has("bytes")) {
                Path target = plan.resolve(step.get("bytes").asText());
                Files.createDirectories(target.getParent());
                Files.write(target, HexFormat.of().parseHex(step.get("hex").asText().replace(" ", "")));
            } else if (step.has("prefix-hex")) {
                Path target = plan.resolve(step.get("prefix-hex").asText());
                byte[] prefix = HexFormat.of().parseHex(step.get("hex").asText().replace(" ", ""));
                byte[] content = Files.readAllBytes(target);
                byte[] joined = new byte[prefix.length + content.length];
                System.arraycopy(prefix, 0, joined, 0, prefix.length);
                System.arraycopy(content, 0, joined, prefix.length, content.length);
                Files.write(target, joined);
            } else if (step.has("delete")) {
                Path target = plan.resolve(step.get("delete").asText());
                if (Files.isDirectory(target)) {
                    try (Stream<Path> files = Files.walk(target)) {
                        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.delete(f);
                        }
                    }
                } else {
                    Files.delete(target);
                }
            } else if (step.has("link")) {
                Path link = plan.resolve(step.get("link").asText());
                Files.deleteIfExists(link);
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, Path.of(step.get("to").asText().replace("$OUTSIDE", outside.toString())
                        .replace("$PLAN", plan.toString()).replace("$TEMPLATES", templates.toString())));
            } else if (step.has("fifo")) {
                Path fifo = plan.resolve(step.get("fifo").asText());
                Files.deleteIfExists(fifo);
                Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
                assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();
            } else if (step.has("directory")) {
                Path target = plan.resolve(step.get("directory").asText());
                Files.deleteIfExists(target);
                Files.createDirectories(target);
            } else if (step.has("template")) {
                Path target = templates.resolve(step.get("template").asText());
                Files.createDirectories(target.getParent());
                Files.writeString(target, expand(step.get("text").asText()));
            } else if (step.has("template-link")) {
                Path link = templates.resolve(step.get("template-link").asText());
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, Path.of(step.get("to").asText().replace("$OUTSIDE", outside.toString())));
            } else if (step.has("generate")) {
                Generated.write(plan, step);
            } else {
                throw new IllegalArgumentException("unknown step " + step);
            }
        }

        void run(Map<String, Object> actual) throws Exception {
            JsonNode command = spec.path("command");
            if (command.isArray()) {
                List<String> args = new ArrayList<>();
                command.forEach(a -> args.add(a.asText().replace("$PLAN", plan.toString()).replace("$OUT", out.toString())));
                int o = args.indexOf("-o");
                Path written = o >= 0 ? Path.of(args.get(o + 1)) : out;
                record(actual, "exit", "first", runWatched(written, args.toArray(String[]::new)));
                return;
            }
            Locale locale = spec.has("locale") ? Locale.forLanguageTag(spec.get("locale").asText()) : null;
            CliRun validate = runIn(locale, "validate", plan.toString());
            record(actual, "validate", "first", validate);
            boolean buildAnyway = spec.path("build").asBoolean(false);
            if (validate.exitCode() != 0 && !buildAnyway) {
                return;
            }
            List<String> build = new ArrayList<>(List.of("build", plan.toString(), "-o", out.toString(), "--wait", "0"));
            if (Files.isDirectory(templates)) {
                build.addAll(List.of("--templates", templates.toString()));
            }
            spec.path("build-options").forEach(o -> build.add(o.asText()));
            CliRun built = runIn(locale, build.toArray(String[]::new));
            record(actual, "build", "build-first", built);
            checkOut(built.exitCode() == 0);
            if (locale != null && built.exitCode() == 0) {
                Map<String, String> localised = snapshot(out);
                CliRun again = runIn(Locale.UK, build.toArray(String[]::new));
                assertThat(again.exitCode()).isZero();
                assertThat(snapshot(out)).as("the editions built under " + locale + " and under en-GB").isEqualTo(localised);
            }
        }

        private CliRun runIn(Locale locale, String... args) throws IOException {
            Locale before = Locale.getDefault();
            TimeZone zone = TimeZone.getDefault();
            try {
                if (locale != null) {
                    Locale.setDefault(locale);
                    if (spec.has("timezone")) {
                        TimeZone.setDefault(TimeZone.getTimeZone(spec.get("timezone").asText()));
                    }
                }
                return runWatched(out, args);
            } finally {
                Locale.setDefault(before);
                TimeZone.setDefault(zone);
            }
        }

        private CliRun runWatched(Path written, String... args) throws IOException {
            WRITTEN.clear();
            watchedOut = written;
            CliRun run;
            try {
                run = CliRun.of(args);
            } finally {
                watchedOut = null;
            }
            String printed = run.out() + run.err();
            assertThat(printed).as("a stack trace").doesNotContainPattern(STACK_FRAME)
                    .doesNotContain("Exception").doesNotContain(": internal error").doesNotContain(SECRET);
            assertThat(WRITTEN.keySet()).as("files written outside OUT").isEmpty();
            assertThat(snapshot(plan)).as("the plan's files, which wsoa must not change").isEqualTo(planBefore);
            return run;
        }

        private void checkOut(boolean built) throws IOException {
            if (!Files.exists(out)) {
                assertThat(built).as("a build that succeeded wrote nothing").isFalse();
                return;
            }
            try (Stream<Path> files = Files.list(out)) {
                List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
                if (built) {
                    assertThat(names).hasSize(3).contains(".wsoa.lock").anyMatch(n -> n.endsWith(".html"))
                            .anyMatch(n -> n.endsWith(".pdf"));
                    for (String n : names) {
                        if (n.endsWith(".html")) {
                            assertThat(Files.readString(out.resolve(n))).doesNotContain(SECRET);
                        }
                    }
                } else {
                    assertThat(names).as("a failed build leaves no edition").allMatch(n -> n.equals(".wsoa.lock"));
                }
            }
        }

        private void record(Map<String, Object> actual, String exitKey, String firstKey, CliRun run) {
            actual.put(exitKey, run.exitCode());
            actual.put(firstKey, normalised(firstLine(run.out() + "\n" + run.err())));
        }

        private String normalised(String line) {
            return line.replace(plan.toString(), "PLAN").replace(out.toString(), "OUT")
                    .replace(templates.toString(), "TEMPLATES").replace(outside.toString(), "OUTSIDE")
                    .replace(sandbox.toString(), "SANDBOX").replace(temp.toAbsolutePath().toString(), "TEMP")
                    // A message quotes at most 60 characters of a path, and the temporary directory's
                    // name varies in length: the excerpt of a path outside the plan is shown as TEMP/….
                    .replaceAll("TEMP/[^ )]*…", "TEMP/…")
                    // Cut at 60 characters, the excerpt may end inside any of those names: where a link
                    // leads outside is shown as TEMP/… whatever the temporary directory's path.
                    .replaceAll("\\(to [^)]*…\\)", "(to TEMP/…)")
                    // Where the page the built-in templates make is not well-formed, its line moves with
                    // every change to them: the case checks that a line and column are given.
                    .replaceAll("\\(line [0-9]+, column [0-9]+ of the page\\)", "(line N, column N of the page)");
        }

        private static String firstLine(String printed) {
            for (String line : printed.split("\\R")) {
                if (!line.isBlank()) {
                    return line.strip();
                }
            }
            return "";
        }
    }

    /** Expands {@code {{N x:text}}} to the text N times and {@code {{U+XXXX}}} to that UTF-16 code unit or code point. */
    static String expand(String text) {
        Matcher repeat = REPEAT.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(expanded, Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
        }
        repeat.appendTail(expanded);
        Matcher unit = CODE_POINT.matcher(expanded.toString());
        StringBuilder result = new StringBuilder();
        while (unit.find()) {
            int c = Integer.parseInt(unit.group(1), 16);
            unit.appendReplacement(result, Matcher.quoteReplacement(c <= 0xffff ? String.valueOf((char) c) : Character.toString(c)));
        }
        unit.appendTail(result);
        return result.toString();
    }

    /** The digest of every file and the target of every link under a folder (an empty map if it is missing). */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.toList()) {
                String key = dir.relativize(f).toString();
                if (Files.isSymbolicLink(f)) {
                    files.put(key, "-> " + Files.readSymbolicLink(f));
                } else if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    files.put(key, digest(f));
                } else if (Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    files.put(key, "dir");
                } else {
                    files.put(key, "other");
                }
            }
        }
        return files;
    }

    private static String digest(Path file) {
        try (var in = Files.newInputStream(file)) {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bulky inputs, made by the test so that the corpus stays small. */
    static final class Generated {
        private Generated() {
        }

        static void write(Path plan, JsonNode step) throws IOException {
            String kind = step.get("generate").asText();
            int count = step.path("count").asInt(1);
            switch (kind) {
                case "big-markdown" -> {
                    Path file = plan.resolve(step.path("file").asText("introduction.md"));
                    String paragraph = "The SEND service will publish its local offer and review it every year. ".repeat(14) + "\n\n";
                    try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        long bytes = 0;
                        long target = (long) count * 1024 * 1024;
                        while (bytes < target) {
                            writer.write(paragraph);
                            bytes += paragraph.length();
                        }
                    }
                }
                case "actions" -> {
                    boolean chain = step.path("chain").asBoolean(false);
                    StringBuilder actions = new StringBuilder("actions:\n");
                    for (int i = 1; i <= count; i++) {
                        actions.append("  - id: W1.").append(i).append('\n')
                                .append("    action: Review the assessment process, step ").append(i).append(".\n")
                                .append("    lead: amorgan\n    start: 2022-02-16\n    due: 2022-05-31\n")
                                .append("    impact: Families wait less.\n");
                        if (chain && i > 1) {
                            actions.append("    depends-on: [W1.").append(i - 1).append("]\n");
                        }
                    }
                    replaceActions(plan, actions.toString());
                }
                case "glossary" -> {
                    StringBuilder terms = new StringBuilder("terms:\n");
                    for (int i = 0; i < count; i++) {
                        terms.append("  - term: T").append(word(i)).append('\n')
                                .append("    meaning: Term number ").append(i).append('\n');
                    }
                    Files.writeString(plan.resolve("glossary.yaml"), terms.toString());
                }
                case "areas" -> {
                    String w1 = Files.readString(plan.resolve("weaknesses/w1.yaml"));
                    for (int i = 2; i <= count; i++) {
                        String area = w1.replace("id: W1\n", "id: W" + i + "\n").replace("W1.", "W" + i + ".")
                                .replace("id: K1\n", "id: K" + i + "\n").replace("depends-on: [W1.1]", "depends-on: [W" + i + ".1]");
                        Files.writeString(plan.resolve("weaknesses/w" + i + ".yaml"), area);
                    }
                }
                case "boards" -> {
                    StringBuilder boards = new StringBuilder("oversight: b1\nboards:\n");
                    for (int i = 1; i <= count; i++) {
                        boards.append("  - id: b").append(i).append("\n    name: Board ").append(i)
                                .append("\n    chair: amorgan\n    members: [ecc]\n    meets: monthly\n");
                    }
                    Files.writeString(plan.resolve("governance.yaml"), boards.toString());
                }
                case "milestones" -> {
                    StringBuilder points = new StringBuilder("    trajectory:\n");
                    java.time.LocalDate date = java.time.LocalDate.of(2021, 9, 1);
                    for (int i = 0; i < count; i++) {
                        date = date.plusDays(1);
                        points.append("      - {value: ").append(33 + i % 27).append(", date: ").append(date).append("}\n");
                    }
                    PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    trajectory:\n      - {value: 45, date: 2022-08-31}\n",
                            points.toString());
                }
                default -> throw new IllegalArgumentException("unknown generator " + kind);
            }
        }

        private static void replaceActions(Path plan, String actions) throws IOException {
            Path file = plan.resolve("weaknesses/w1.yaml");
            String text = Files.readString(file);
            Files.writeString(file, text.substring(0, text.indexOf("actions:\n")) + actions);
        }

        /** A word of capital letters for a number, so that generated terms differ in letters. */
        private static String word(int n) {
            StringBuilder word = new StringBuilder();
            do {
                word.append((char) ('A' + n % 26));
                n /= 26;
            } while (n > 0);
            return word.toString();
        }
    }
}
