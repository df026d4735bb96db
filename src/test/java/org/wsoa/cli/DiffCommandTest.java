package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

/**
 * {@code wsoa diff} on two versions of an example plan: the second with a changed lead, a moved due
 * date, an added action, a retargeted KPI, a removed board member and a new version number. The
 * three formats are compared with golden files; the same changes read from git must say the same.
 */
class DiffCommandTest {

    /** Run with -Dwsoa.updateGolden=true to rewrite the golden files after a deliberate change. */
    private static final boolean UPDATE = Boolean.getBoolean("wsoa.updateGolden");
    private static final Path EXAMPLE = Path.of("plans/warwickshire-wsoa-2021");
    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private Path old;
    private Path revised;

    @BeforeEach
    void twoVersions() {
        old = PlanFixtures.copy(EXAMPLE, temp.resolve("v1.0/warwickshire-wsoa-2021"));
        revised = revise(PlanFixtures.copy(EXAMPLE, temp.resolve("v1.1/warwickshire-wsoa-2021")));
    }

    /** The changes a council makes when it refreshes its plan, each in one file. */
    private static Path revise(Path plan) {
        PlanFixtures.edit(plan, "plan.yaml", "version: \"1.0\"", "version: \"1.1\"");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: oshah\n    partners: [cwpt, wpcv, wcc]",
                "    lead: rgreen\n    partners: [cwpt, wpcv, wcc]");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    due: 2022-04-29", "    due: 2022-05-27");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    target: {value: 900, date: 2023-03-31}",
                "    target: {value: 800, date: 2023-03-31}");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "      - {value: 1200, date: 2022-12-30}",
                "      - {value: 1100, date: 2022-12-30}");
        PlanFixtures.edit(plan, "governance.yaml", "gfoster, rgreen, bnash, cmason, jellis", "gfoster, rgreen, bnash, jellis");
        PlanFixtures.edit(plan, "governance.yaml", "    frequency: monthly\n    by: lmckenzie", "    frequency: termly\n    by: lmckenzie");
        PlanFixtures.edit(plan, "risks.yaml", "    likelihood: 3\n    impact: 4\n    owner: dprice",
                "    likelihood: 4\n    impact: 4\n    owner: dprice");
        try {
            Files.writeString(plan.resolve("weaknesses/w1.yaml"), Files.readString(plan.resolve("weaknesses/w1.yaml"))
                    + "  - id: W1.8\n"
                    + "    action: >\n"
                    + "      Agree with schools how children waiting for an assessment are supported in class, and\n"
                    + "      publish it on the local offer.\n"
                    + "    lead: khollis\n"
                    + "    partners: [wcc, schools]\n"
                    + "    start: 2022-04-04\n"
                    + "    due: 2022-07-22\n"
                    + "    impact: Every school follows the same needs-led approach for children who are waiting.\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return plan;
    }

    /** The output with the temporary directory left out, so that it is the same on every run. */
    private String run(String format) {
        CliRun run = CliRun.of("diff", old.toString(), revised.toString(), "--format", format);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return run.out().replace(temp + "/", "");
    }

    private static void assertGolden(String actual, String name) throws IOException {
        Path golden = Path.of("src/test/resources/diff", name);
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void textMatchesItsGoldenFile() throws IOException {
        assertGolden(run("text"), "warwickshire.txt");
    }

    @Test
    void markdownForABoardPaperMatchesItsGoldenFile() throws IOException {
        assertGolden(run("md"), "warwickshire.md");
    }

    @Test
    void jsonMatchesItsGoldenFileAndItsSchema() throws IOException {
        String json = run("json");
        assertGolden(json, "warwickshire.json");

        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs/schema/diff.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(schema.validate(tree)).isEmpty();
        assertThat(tree.get("changes").asInt()).isEqualTo(8);
    }

    @Test
    void noChangesIsSaidAndIsNoFailure() {
        CliRun text = CliRun.of("diff", old.toString(), old.toString());
        CliRun md = CliRun.of("diff", old.toString(), old.toString(), "--format", "md");
        CliRun json = CliRun.of("diff", old.toString(), old.toString(), "--format", "json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).isEqualTo("No changes to Warwickshire Written Statement of Action from " + old + " to "
                + old + "." + NL);
        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).endsWith(NL + "No changes from " + old + " to " + old + "." + NL);
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"changes\" : 0,");
    }

    @Test
    void comparesTwoRevisionsFromGitAndRemovesWhatItWrote() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Path plan = PlanFixtures.copy(EXAMPLE, repo.resolve("plans/warwickshire-wsoa-2021"));
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "The plan the DfE agreed");
        git(repo, "tag", "v1.0");
        revise(plan);
        git(repo, "commit", "-q", "-a", "-m", "Refreshed");
        Set<Path> before = temporaryDirectories();

        CliRun run = CliRun.of("diff", plan.toString(), "--from", "v1.0", "--to", "HEAD");
        CliRun workingTree = CliRun.of("diff", plan.toString(), "--from", "v1.0");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(run("text").replace("v1.0/warwickshire-wsoa-2021", "v1.0")
                .replace("v1.1/warwickshire-wsoa-2021", "HEAD"));
        assertThat(workingTree.out()).isEqualTo(run.out().replace(" to HEAD:", " to " + plan + ":"));
        assertThat(temporaryDirectories()).isEqualTo(before);
    }

    @Test
    void aRevisionWithErrorsIsReportedAsValidateReportsThem() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, repo.resolve("tiny"));
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatel", "    lead: bpatl");
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "Broken");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatl", "    lead: bpatel");

        CliRun run = CliRun.of("diff", plan.toString(), "--from", "HEAD");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("HEAD:" + plan + "/weaknesses/w1.yaml:39:11: error[unknown-reference]: lead"
                + " `bpatl` of action W1.2 is not a person in the plan; did you mean `bpatel`?" + NL
                + "    hint: use the ID of a person defined in people.yaml" + NL
                + "HEAD:" + plan + ": 1 error, 0 warnings in 10 files" + NL
                + "wsoa diff: HEAD has errors that stop it being read, so it cannot be compared" + NL);
    }

    @Test
    void aRevisionInAnOlderFormatIsComparedWithANoteOfWhatIsNotRead() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, repo.resolve("tiny"));
        // Before progress files, an action's status was written in the action.
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatel", "    lead: bpatel\n    status: on-track");
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "v1.0");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatel\n    status: on-track", "    lead: cjones");

        CliRun run = CliRun.of("diff", plan.toString(), "--from", "HEAD");

        assertThat(run.err()).isEqualTo("wsoa diff: note: HEAD has 1 key where the plan format no longer reads it"
                + " (moved-key: an action's `status` now belongs in a progress file), so it is not compared;"
                + " `wsoa validate` on that version lists it" + NL);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Changes to Written Statement of Action from HEAD to " + plan + ":" + NL + NL
                + "W1: Timeliness of EHC plans" + NL
                + "  Action W1.2 (changed): Agree a six-week deadline for health advice." + NL
                + "    Lead: was Bina Patel, now Chris Jones" + NL + NL
                + "1 change." + NL);
    }

    @Test
    void aDirectoryWithErrorsIsReportedAsValidateReportsThem() {
        PlanFixtures.edit(revised, "people.yaml", "  - id: rgreen", "  - id: rgren");

        CliRun run = CliRun.of("diff", old.toString(), revised.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(revised.resolve("weaknesses/w1.yaml") + ":105:11: error[unknown-reference]: lead"
                + " `rgreen` of action W1.3 is not a person in the plan; did you mean `rgren`?")
                .endsWith("wsoa diff: " + revised + " has errors that stop it being read, so it cannot be compared" + NL);
    }

    @Test
    void aRevisionThatDoesNotExistIsRefused() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, repo.resolve("tiny"));
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "First");

        CliRun run = CliRun.of("diff", plan.toString(), "--from", "v9.9");
        CliRun elsewhere = CliRun.of("diff", repo.resolve("other").toString(), "--from", "HEAD");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa diff: there is no revision `v9.9` in the git repository at "
                + repo.toRealPath() + NL);
        assertThat(elsewhere.exitCode()).isEqualTo(2);
        assertThat(elsewhere.err()).isEqualTo("wsoa diff: there is no plan at other in revision `HEAD`" + NL);
    }

    @Test
    void aPlanOutsideGitIsRefused() {
        CliRun run = CliRun.of("diff", old.toString(), "--from", "v1.0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("wsoa diff: " + old + " is not in a git repository");
    }

    @Test
    void usageErrorsExitTwo() {
        assertUsage(List.of("diff", "a"), "give two plan directories (OLD NEW), or one plan with --from REV");
        assertUsage(List.of("diff", "a", "b", "--to", "HEAD"), "--to needs --from: give the revision to compare from");
        assertUsage(List.of("diff", "a", "b", "--from", "v1.0"),
                "with --from, give one plan directory: its versions are read from git");
        assertUsage(List.of("diff", "a", "b", "--format", "html"), "--format must be one of: text, md, json (not `html`)");
        assertUsage(List.of("diff", temp.resolve("none").toString(), old.toString()),
                "no plan directory at " + temp.resolve("none"));
    }

    private static void assertUsage(List<String> args, String message) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(args.toString()).isEqualTo(2);
        assertThat(run.err()).as(args.toString()).isEqualTo("wsoa diff: " + message + NL);
    }

    private static Set<Path> temporaryDirectories() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("wsoa-diff-")).collect(Collectors.toSet());
        }
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Test", "-c",
                "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
