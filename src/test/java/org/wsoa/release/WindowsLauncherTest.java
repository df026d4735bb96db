package org.wsoa.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of bin/wsoa.cmd without Windows: that it starts Java as bin/wsoa does (the
 * same JVM options, archive and warm-up build) and that its control flow is sound. cmd.exe itself
 * is not run here; docs/install.md says what was tried by hand.
 */
class WindowsLauncherTest {

    private static final Path CMD = Path.of("src/dist/bin/wsoa.cmd");
    private static final Path SH = Path.of("src/dist/bin/wsoa");

    @Test
    void startsJavaWithTheSameOptionsAsTheShellLauncher() throws IOException {
        String sh = Files.readString(SH);
        String cmd = Files.readString(CMD);

        Matcher shOptions = Pattern.compile("(?m)^jvm_options='([^']*)'$").matcher(sh);
        Matcher cmdOptions = Pattern.compile("(?m)^set \"JVM_OPTIONS=([^\"]*)\"$").matcher(cmd);

        assertThat(shOptions.find()).isTrue();
        assertThat(cmdOptions.find()).isTrue();
        assertThat(cmdOptions.group(1)).isEqualTo(shOptions.group(1))
                .isEqualTo("-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=20 -Xmx192m -Xmn12m -XX:SurvivorRatio=2 -Xshare:auto -Xlog:disable -XX:-UsePerfData");
    }

    @Test
    void makesAndUsesTheArchiveAsTheShellLauncherDoes() throws IOException {
        List<String> java = javaLines(Files.readString(CMD));

        assertThat(java).containsExactly(
                "\"%JAVA%\" %JVM_OPTIONS% \"-XX:ArchiveClassesAtExit=%SCRATCH%\\wsoa.jsa\" -jar \"%JAR%\""
                        + " build \"%WARM_UP_PLAN%\" -o \"%SCRATCH%\\out\" >nul 2>&1",
                "\"%JAVA%\" %JVM_OPTIONS% \"-XX:SharedArchiveFile=%ARCHIVE%\" %WSOA_JAVA_OPTS% -jar \"%JAR%\" %*",
                "\"%JAVA%\" %JVM_OPTIONS% %WSOA_JAVA_OPTS% -jar \"%JAR%\" %*");
        // The shell launcher makes a static archive (or an AOT cache) of the same warm-up build, which
        // holds picocli's classes too (docs/performance.md); wsoa.cmd still makes a dynamic one.
        String sh = Files.readString(SH);
        assertThat(sh).contains("-XX:DumpLoadedClassList=\"$scratch/classes.txt\" -jar \"$jar\" \\\n"
                + "        build \"$warm_up_plan\" -o \"$scratch/out\"");
        assertThat(sh).contains("-XX:AOTCacheOutput=\"$scratch/wsoa.jsa\" \\\n"
                + "        -jar \"$jar\" build \"$warm_up_plan\" -o \"$scratch/out\"");
        assertThat(sh).contains("exec \"$java\" $jvm_options \"$archive_option\" ${WSOA_JAVA_OPTS:-} -jar \"$jar\" \"$@\"");
    }

    @Test
    void findsItsInstallJavaAndAUserFolderTheWindowsWay() throws IOException {
        String cmd = Files.readString(CMD);

        assertThat(cmd).contains("for %%I in (\"%~dp0..\") do set \"WSOA_HOME=%%~fI\"")
                .contains("set \"JAR=%WSOA_HOME%\\lib\\wsoa.jar\"")
                .contains("set \"WARM_UP_PLAN=%WSOA_HOME%\\lib\\warm-up-plan\"")
                .contains("set \"JAVA=%JAVA_HOME%\\bin\\java.exe\"")
                .contains("for %%J in (java.exe) do set \"JAVA=%%~$PATH:J\"")
                .contains("set \"FOLDER=%LOCALAPPDATA%\\wsoa\"")
                .contains("setlocal EnableExtensions DisableDelayedExpansion");
    }

    @Test
    void everyJumpHasItsLabelAndEveryJavaRunPassesOnItsExitCode() throws IOException {
        List<String> lines = Files.readAllLines(CMD);
        Set<String> labels = new TreeSet<>();
        Set<String> targets = new TreeSet<>();
        Matcher jump = Pattern.compile("\\bgoto ([a-z_]+)").matcher("");
        for (String line : lines) {
            if (line.startsWith(":")) {
                labels.add(line.substring(1).toLowerCase(Locale.ROOT));
            }
            jump.reset(line);
            while (jump.find()) {
                targets.add(jump.group(1).toLowerCase(Locale.ROOT));
            }
        }
        assertThat(targets).isEqualTo(labels);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("%*")) {
                assertThat(lines.get(i + 1)).isEqualTo("exit /b %ERRORLEVEL%");
            }
        }
    }

    @Test
    void hasNoBlocksThatAPathWithParenthesesWouldBreak() throws IOException {
        // Inside ( ... ) a path such as C:\Program Files (x86)\... ends the block early, so the
        // launcher uses goto and one-line ifs only.
        for (String line : Files.readAllLines(CMD)) {
            assertThat(line.strip()).as(line).doesNotEndWith("(").isNotEqualTo(")");
        }
        assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(Files.readString(CMD))).isTrue();
    }

    private static List<String> javaLines(String cmd) {
        List<String> java = new ArrayList<>();
        for (String line : cmd.split("\n")) {
            if (line.startsWith("\"%JAVA%\"")) {
                java.add(line.strip());
            }
        }
        return java;
    }
}
