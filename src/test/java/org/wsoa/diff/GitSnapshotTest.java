package org.wsoa.diff;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSnapshotTest {

    @TempDir
    Path temp;

    @Test
    void withoutGitItSaysWhatToDoInstead() {
        Path git = temp.resolve("no-git-here/git");

        assertThatThrownBy(() -> GitSnapshot.of(temp, "v1.0", git.toString()))
                .isInstanceOf(GitSnapshot.GitException.class)
                .hasMessage("--from and --to need git, and `" + git + "` could not be run; install git, or compare two"
                        + " plan directories instead");
    }

    @Test
    void anOptionIsNotARevision() {
        assertThatThrownBy(() -> GitSnapshot.of(Path.of("."), "--output=/tmp/x", "git"))
                .isInstanceOf(GitSnapshot.GitException.class)
                .hasMessage("`--output=/tmp/x` is not a revision");
    }
}
