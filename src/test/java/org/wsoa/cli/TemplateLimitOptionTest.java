package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

/** {@code wsoa build --template-limit}: the sandbox's limits, set from the command line. */
class TemplateLimitOptionTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private Path templates(String risks) throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("risks.ftlh"), risks);
        return templates;
    }

    @Test
    void aLowerTimeLimitStopsALoopAndNothingIsWritten() throws IOException {
        Path templates = templates("<p>\n<#list 1..1000000000000 as i>${(i % 1000 == 0)?then('.', '')}</#list>\n</p>\n");
        Path out = temp.resolve("out");

        // The output limit raised out of reach: on an idle machine the loop writes 32 million
        // characters, the default limit, in less than the second it is given.
        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--templates",
                templates.toString(), "--template-limit", "time=1", "--template-limit", "output=1000000000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa build: " + templates.resolve("risks.ftlh") + ":2:30: the templates did"
                + " not finish within 1 seconds (the limit): a loop that never ends?" + NL);
        assertThat(out).doesNotExist();
    }

    @Test
    void aHigherOutputLimitLetsALongPageThrough() throws IOException {
        Path templates = templates("<p><#list 1..40000 as i>${i}</#list></p>\n");
        String[] build = {"build", PlanFixtures.TINY.toString(), "-o", temp.resolve("out").toString(), "--format", "html",
            "--templates", templates.toString(), "--template-limit", "output=1000"};

        assertThat(CliRun.of(build).err()).contains(": the templates write more than 1000 characters (the limit)");
        build[build.length - 1] = "output=5000000";
        assertThat(CliRun.of(build).exitCode()).isZero();
    }

    @Test
    void anUnknownLimitOrAValueOutOfRangeIsAUsageError() {
        CliRun key = CliRun.of("build", PlanFixtures.TINY.toString(), "--template-limit", "memory=1");
        CliRun value = CliRun.of("build", PlanFixtures.TINY.toString(), "--template-limit", "time=3601");
        CliRun text = CliRun.of("build", PlanFixtures.TINY.toString(), "--template-limit", "depth=deep");

        assertThat(key.exitCode()).isEqualTo(2);
        assertThat(key.err()).isEqualTo("wsoa build: --template-limit takes time, output or depth (not `memory`)" + NL);
        assertThat(value.exitCode()).isEqualTo(2);
        assertThat(value.err()).isEqualTo("wsoa build: --template-limit time must be a whole number of seconds from 1"
                + " to 3600 (not `3601`)" + NL);
        assertThat(text.err()).isEqualTo("wsoa build: --template-limit depth must be a whole number of levels from 10"
                + " to 10000 (not `deep`)" + NL);
    }

    @Test
    void aTemplateThatBuildsAHugeTextEndsInOneLineNotACrash() throws IOException {
        Path templates = templates("<#assign s = \"0123456789\">\n<#list 1..40 as i><#assign s = s + s></#list>\n${s}\n");
        Path out = temp.resolve("out");

        WsoaProcess.Result run = new WsoaProcess().jvm("-Xmx96m").run("build", PlanFixtures.TINY.toString(), "-o",
                out.toString(), "--templates", templates.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errText()).isEqualTo("wsoa build: templates/plan.ftlh: the templates build more text than wsoa"
                + " has memory for: a text that doubles in a loop?" + NL);
        assertThat(out).doesNotExist();
    }
}
