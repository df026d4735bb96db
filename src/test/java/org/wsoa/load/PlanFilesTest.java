package org.wsoa.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.diagnostic.Diagnostic;

/**
 * The loader reads only regular files inside the plan's folder, within the size limits: links
 * leading out, named pipes, devices and folders are reported by path and never opened. Links and
 * pipes cannot be kept in git, so each test makes its own in a temporary folder.
 */
class PlanFilesTest {

    @TempDir
    Path temp;

    private Path tiny() {
        return PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
    }

    private static List<String> findings(Path plan) throws PlanNotFoundException {
        return PlanLoader.load(plan).diagnostics().stream().map(d -> d.toString().replace(plan.toString(), "P")).toList();
    }

    @Test
    void aLinkLeadingOutOfThePlanIsReportedAndWhatItPointsAtNeverPublished() throws Exception {
        Path plan = tiny();
        Path secret = Files.writeString(temp.resolve("secret.txt"), "the secret text outside the plan");
        Files.delete(plan.resolve("introduction.md"));
        Files.createSymbolicLink(plan.resolve("introduction.md"), secret);

        LoadResult result = PlanLoader.load(plan);

        assertThat(result.plan().introduction()).isNull();
        assertThat(result.diagnostics()).extracting(d -> d.toString().replace(plan.toString(), "P")
                        .replace(secret.toRealPath().toString(), "SECRET"))
                .containsExactly("P/introduction.md: error[unreadable-file]: introduction.md leads outside the plan's"
                        + " folder (to SECRET); wsoa reads only files inside it");
        assertThat(result.diagnostics().get(0).hint()).isEqualTo("put the file itself in the plan's folder, not a link to it");
        assertThat(result.diagnostics().toString()).doesNotContain("the secret text");
    }

    @Test
    void aFolderOfWeaknessesThatLeadsOutIsNotListed() throws Exception {
        Path plan = tiny();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.move(plan.resolve("weaknesses"), elsewhere.resolve("weaknesses"));
        Files.createSymbolicLink(plan.resolve("weaknesses"), elsewhere.resolve("weaknesses"));

        List<String> findings = findings(plan);

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0)).startsWith("P/weaknesses: error[unreadable-file]: weaknesses leads outside the plan's folder");
    }

    @Test
    void aLinkToAFileInsideThePlanIsRead() throws Exception {
        Path plan = tiny();
        Files.move(plan.resolve("introduction.md"), plan.resolve("intro-text.md"));
        Files.createSymbolicLink(plan.resolve("introduction.md"), Path.of("intro-text.md"));

        LoadResult result = PlanLoader.load(plan);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.plan().introduction().value()).startsWith("This plan is an illustrative example.");
    }

    @Test
    void aLinkThatLeadsNowhereIsReportedNotSkipped() throws Exception {
        Path plan = tiny();
        Files.delete(plan.resolve("glossary.yaml"));
        Files.createSymbolicLink(plan.resolve("glossary.yaml"), plan.resolve("no-such-file.yaml"));

        LoadResult result = PlanLoader.load(plan);

        assertThat(findings(plan)).containsExactly("P/glossary.yaml: error[unreadable-file]: glossary.yaml is a link to"
                + " nothing: what it points to does not exist");
        assertThat(result.unreadable()).contains(PlanFile.GLOSSARY);
    }

    @Test
    void aNamedPipeIsReportedWithoutBeingOpenedSoNothingHangs() throws Exception {
        Path plan = tiny();
        Files.delete(plan.resolve("statement-of-intent.md"));
        Process mkfifo = new ProcessBuilder("mkfifo", plan.resolve("statement-of-intent.md").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        List<String> findings = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> findings(plan));

        assertThat(findings).containsExactly("P/statement-of-intent.md: error[unreadable-file]: statement-of-intent.md"
                + " is not a regular file (it is a named pipe, a device or a socket), so wsoa does not open it");
    }

    @Test
    void aLinkToADeviceInsideNoPlanIsNeverRead() throws Exception {
        Path plan = tiny();
        Files.delete(plan.resolve("risks.yaml"));
        Files.createSymbolicLink(plan.resolve("risks.yaml"), Path.of("/dev/zero"));

        List<String> findings = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> findings(plan));

        assertThat(findings).containsExactly("P/risks.yaml: error[unreadable-file]: risks.yaml leads outside the plan's"
                + " folder (to /dev/zero); wsoa reads only files inside it");
    }

    @Test
    void aFileLargerThanTheLimitIsNotReadAndSaysHowLarge() throws Exception {
        Path plan = tiny();
        Files.write(plan.resolve("introduction.md"), new byte[InputLimits.MAX_FILE_BYTES + 1]);

        assertThat(findings(plan)).containsExactly("P/introduction.md: error[limits]: introduction.md is 2.1 MB, more"
                + " than the 2 MB that wsoa reads of one file");
    }

    @Test
    void aPlanLargerThanTheLimitStopsBeingReadAtTheSameFileEveryTime() throws Exception {
        Path plan = tiny();
        // Files just under 2 MB each pass the file limit; the tenth crosses the plan's 20 MB.
        String filler = ("# " + "x".repeat(77) + "\n").repeat((InputLimits.MAX_FILE_BYTES - 100) / 80);
        for (int i = 2; i <= 12; i++) {
            Files.writeString(plan.resolve("weaknesses/w" + i + ".yaml"), filler);
        }

        List<String> first = findings(plan);
        List<String> second = findings(plan);

        assertThat(first).containsExactly("P/weaknesses/w10.yaml: error[missing-field]: this weakness file is empty",
                "P/weaknesses/w11.yaml: error[limits]: the plan's files come to more than 20 MB, the most wsoa reads"
                        + " of a plan; it stopped at weaknesses/w11.yaml",
                "P/weaknesses/w2.yaml: error[missing-field]: this weakness file is empty",
                "P/weaknesses/w3.yaml: error[missing-field]: this weakness file is empty",
                "P/weaknesses/w4.yaml: error[missing-field]: this weakness file is empty",
                "P/weaknesses/w5.yaml: error[missing-field]: this weakness file is empty",
                "P/weaknesses/w6.yaml: error[missing-field]: this weakness file is empty",
                "P/weaknesses/w7.yaml: error[missing-field]: this weakness file is empty",
                "P/weaknesses/w8.yaml: error[missing-field]: this weakness file is empty",
                "P/weaknesses/w9.yaml: error[missing-field]: this weakness file is empty");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aByteOrderMarkIsStrippedFromYamlAndMarkdown() throws Exception {
        Path plan = tiny();
        for (String file : List.of("introduction.md", "plan.yaml", "weaknesses/w1.yaml")) {
            Path path = plan.resolve(file);
            Files.writeString(path, "\uFEFF" + Files.readString(path));
        }

        LoadResult result = PlanLoader.load(plan);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.plan().introduction().value()).startsWith("This plan is an illustrative example.");
        assertThat(result.plan().kind()).isNotNull();
    }

    @Test
    void aControlCharacterInMarkdownIsLocatedAndTheFileNotUsed() throws Exception {
        Path plan = tiny();
        Files.writeString(plan.resolve("introduction.md"), "First line.\nSecond \u0000line\u0007.\n");

        LoadResult result = PlanLoader.load(plan);

        assertThat(findings(plan)).containsExactly("P/introduction.md:2:8: error[control-character]: this file holds"
                + " the control character U+0000, which cannot be printed (and 1 more in this file)");
        assertThat(result.plan().introduction()).isNull();
    }

    @Test
    void aFileThatIsNotUtf8IsReported() throws Exception {
        Path plan = tiny();
        Files.write(plan.resolve("introduction.md"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(findings(plan)).containsExactly("P/introduction.md: error[yaml-syntax]: this file is not UTF-8 text");
    }

    @Test
    void aMessageQuotesOnlyTheStartOfALongValue() throws IOException, PlanNotFoundException {
        Path plan = tiny();
        PlanFixtures.edit(plan, "plan.yaml", "status: final", "status: " + "finalised and agreed ".repeat(5000));

        List<Diagnostic> diagnostics = PlanLoader.load(plan).diagnostics();

        assertThat(diagnostics).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo(
                "`status` in plan.yaml is `finalised and agreed finalised and agreed finalised and agre…`,"
                        + " which is not one of: draft, final"));
    }
}
