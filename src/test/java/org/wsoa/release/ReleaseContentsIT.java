package org.wsoa.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the release zip and tarball hold. */
class ReleaseContentsIT {

    @TempDir
    Path temp;

    @Test
    void theZipAndTheTarballHoldTheSameFiles() {
        Processes.Result zip = Processes.run(temp, Processes.hostEnvironment(), List.of("unzip", "-Z1", Release.ZIP.toString()));
        Processes.Result tar = Processes.run(temp, Processes.hostEnvironment(), List.of("tar", "-tzf", Release.TAR_GZ.toString()));

        assertThat(files(tar.out())).isEqualTo(files(zip.out())).hasSizeGreaterThan(100);
    }

    @Test
    void holdsTheLaunchersWithTheirOwnLineEndingsAndModes() throws IOException {
        Path home = Release.unzip(temp);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("bin/wsoa"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(Files.readString(home.resolve("bin/wsoa"))).startsWith("#!/bin/sh\n").doesNotContain("\r");
        assertThat(Files.readString(home.resolve("bin/wsoa.cmd"))).startsWith("@echo off\r\n")
                .doesNotContainPattern("[^\r]\n");
        assertThat(Files.readString(home.resolve("bin/wsoa.cmd")).replace("\r\n", "\n"))
                .isEqualTo(Files.readString(Path.of("src/dist/bin/wsoa.cmd")));
    }

    @Test
    void holdsTheJarDocsSchemasExamplesTemplatesCompletionAndManPages() throws IOException {
        Path home = Release.unzip(temp);

        assertThat(home.resolve("lib/wsoa.jar")).hasSameBinaryContentAs(Path.of("target/wsoa.jar"));
        for (Path doc : list(Path.of("docs"))) {
            assertThat(home.resolve(doc.toString())).as(doc.toString()).hasSameBinaryContentAs(doc);
        }
        assertThat(list(home.resolve("docs/schema"))).extracting(p -> p.getFileName().toString()).containsExactly(
                "closure.schema.json", "diff.schema.json", "export.schema.json", "glossary.schema.json",
                "governance.schema.json",
                "people.schema.json", "plan.schema.json", "progress.schema.json", "report.schema.json",
                "resources.schema.json", "risks.schema.json", "weakness.schema.json");
        assertThat(home.resolve("docs/install.md")).exists();
        assertThat(home.resolve("plans/medway-app-2020/plan.yaml")).exists();
        assertThat(home.resolve("templates/plan.ftlh")).exists();
        assertThat(home.resolve("lib/warm-up-plan/plan.yaml")).exists();
        assertThat(home.resolve("completion/wsoa.bash")).content().contains("complete -F _complete_wsoa");
        // One page per command, whatever commands there are.
        List<String> pages = new ArrayList<>(List.of("wsoa.1"));
        org.wsoa.cli.Main.commandLine().getSubcommands().keySet().forEach(name -> pages.add("wsoa-" + name + ".1"));
        assertThat(pages).contains("wsoa-validate.1", "wsoa-build.1", "wsoa-deadline.1", "wsoa-init.1");
        assertThat(list(home.resolve("man/man1"))).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(pages);
        assertThat(home.resolve("man/man1/wsoa-validate.1")).content()
                .contains(".TH \"WSOA\\-VALIDATE\" \"1\" \"\" \"wsoa " + Release.VERSION + "\" \"wsoa manual\"")
                .contains("\\fB\\-\\-files\\fP").contains("\\fB\\-\\-strict\\fP");
    }

    @Test
    void listsTheLicenceOfEveryBundledLibraryAndShipsItsTexts() throws IOException {
        Path home = Release.unzip(temp);
        String readme = Files.readString(home.resolve("licences/README.md"));

        List<String> bundled = new ArrayList<>();
        Matcher library = Pattern.compile("(?m)^\\s+([\\w.-]+):([\\w.-]+):jar:[\\w.-]+:(compile|runtime)")
                .matcher(Files.readString(Path.of("target/bundled-libraries.txt")));
        while (library.find()) {
            bundled.add(library.group(1) + ":" + library.group(2));
        }
        assertThat(bundled).contains("info.picocli:picocli", "org.apache.pdfbox:pdfbox", "org.yaml:snakeyaml");
        for (String name : bundled) {
            Matcher row = Pattern.compile("(?m)^\\| " + Pattern.quote(name) + " \\|[^|]+\\|[^|]+\\| \\[[^]]+\\]\\(([^)]+)\\) \\|$")
                    .matcher(readme);
            assertThat(row.find()).as(name + " in licences/README.md").isTrue();
            Path texts = home.resolve("licences").resolve(row.group(1));
            if (Files.isDirectory(texts)) {
                assertThat(list(texts)).as(name).anySatisfy(file ->
                        assertThat(file.getFileName().toString()).matches("(LICENSE|LICENCE).*"));
            } else {
                assertThat(texts).as(name).isRegularFile();
            }
        }
        assertThat(home.resolve("licences/dejavu-fonts/LICENSE")).content().contains("Bitstream Vera");
    }

    private static List<String> files(String listing) {
        return listing.lines().filter(line -> !line.endsWith("/")).sorted().toList();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
