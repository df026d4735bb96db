package org.wsoa.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release's completion script, in bash, as the shell calls it when TAB is pressed. */
class CompletionIT {

    @TempDir
    Path temp;

    private Path script;

    @BeforeEach
    void unzipTheRelease() throws IOException {
        script = Release.unzip(temp).resolve("completion/wsoa.bash");
    }

    @Test
    void completesCommands() {
        assertThat(complete("wsoa", "val")).containsExactly("validate");
        assertThat(complete("wsoa", "de")).containsExactly("deadline");
        assertThat(complete("wsoa", "di")).containsExactly("diff");
        assertThat(complete("wsoa", "pr")).containsExactly("preview");
    }

    @Test
    void completesTheOptionsOfEachCommand() {
        assertThat(complete("wsoa", "validate", "--st")).containsExactly("--strict");
        assertThat(complete("wsoa", "validate", "--fi")).containsExactly("--files");
        assertThat(complete("wsoa", "init", "--k")).containsExactly("--kind");
        assertThat(complete("wsoa", "build", "--temp")).containsExactly("--templates", "--template-limit");
        assertThat(complete("wsoa", "preview", "--p")).containsExactly("--port");
        assertThat(complete("wsoa", "diff", "--fr")).containsExactly("--from");
    }

    @Test
    void completesTheValuesOfFormatAndKind() {
        assertThat(complete("wsoa", "validate", "--format", "")).containsExactly("text", "json", "sarif", "github",
                "junit");
        assertThat(complete("wsoa", "validate", "--format", "s")).containsExactly("sarif");
        assertThat(complete("wsoa", "init", "--kind", "")).containsExactly("wsoa", "app", "priority-action-plan", "strategic-plan");
        assertThat(complete("wsoa", "diff", "--format", "")).containsExactly("text", "md", "json");
        assertThat(complete("wsoa", "report", "--format", "")).containsExactly("html", "pdf", "md", "json", "both");
        assertThat(complete("wsoa", "close", "--format", "")).containsExactly("html", "pdf", "both");
        assertThat(complete("wsoa", "export", "--format", "")).containsExactly("csv", "json");
    }

    /** What bash offers for the last word, as COMPREPLY after the completion function ran. */
    private List<String> complete(String... words) {
        String line = String.join(" ", words);
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        String bash = "source \"$1\"; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; _complete_wsoa 2>/dev/null;"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"";
        Processes.Result result = Processes.run(temp, Processes.hostEnvironment(),
                List.of("bash", "--norc", "--noprofile", "-c", bash, "completion", script.toString()));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.out().lines().filter(l -> !l.isEmpty()).toList();
    }
}
