package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsoa.load.PlanFixtures;

/**
 * Issue 10, point 7: the same plan gives the same bytes on every machine. wsoa runs here in a
 * process of its own under locales whose calendars, digits and case rules differ from England's
 * (a Buddhist year under th_TH, an imperial era under ja_JP_JP, a dotless i under tr_TR, Arabic
 * digits under ar_SA), under far-off time zones, and with a console that is not UTF-8; the
 * HTML, the PDF and every report must match the bytes of a run with the machine's defaults; and
 * on a machine without any of the system's fonts, as the PDF uses only the font in wsoa's jar.
 */
class SameBytesEverywhereIT {

    private static final List<String> FORMATS = List.of("text", "json", "sarif", "junit");

    @TempDir
    static Path temp;

    private static Map<String, byte[]> expected;

    @BeforeAll
    static void plansAndTheDefaultRun() throws IOException {
        Path clean = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("clean"));
        PlanFixtures.edit(clean, "introduction.md", "This plan is an illustrative example.",
                "This plan is an illustrative example (İlçe, ıi, naïve, ‘quoted’, 日本語, ١٢٣, Straße).");
        PlanFixtures.edit(clean, "people.yaml", "name: Exampleshire County Council", "name: Exampleshire County Council – Iğdır");
        Path broken = PlanFixtures.copy(clean, temp.resolve("broken"));
        PlanFixtures.edit(broken, "weaknesses/w1.yaml", "lead: amorgan", "lead: amörgan");
        PlanFixtures.edit(broken, "plan.yaml", "submitted: 2022-02-14", "submitted: 2022-02-17");
        expected = outputs("default", new WsoaProcess().jar());
    }

    static Stream<Arguments> machines() throws IOException {
        // A machine with none of the system's fonts (a council laptop without DejaVu Sans): the
        // charts' labels were drawn with whatever font the machine's fontconfig gave.
        Path noFonts = Files.writeString(temp.resolve("no-fonts.conf"), "<?xml version=\"1.0\"?>\n"
                + "<fontconfig><cachedir>" + temp.resolve("fontconfig-cache") + "</cachedir></fontconfig>\n");
        return Stream.of(
                Arguments.of("no system fonts", new WsoaProcess().jar().env("FONTCONFIG_FILE", noFonts.toString())),
                Arguments.of("tr_TR in Kiritimati", new WsoaProcess().jar()
                        .jvm("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati")),
                Arguments.of("th_TH in Los Angeles", new WsoaProcess().jar()
                        .jvm("-Duser.language=th", "-Duser.country=TH", "-Duser.timezone=America/Los_Angeles")),
                Arguments.of("ja_JP_JP with ISO-8859-1", new WsoaProcess().jar()
                        .jvm("-Duser.language=ja", "-Duser.country=JP", "-Duser.variant=JP", "-Dfile.encoding=ISO-8859-1",
                                "-Dsun.stdout.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1")),
                Arguments.of("ar_SA under LANG=C", new WsoaProcess().jar()
                        .jvm("-Duser.language=ar", "-Duser.country=SA", "-Duser.timezone=Asia/Kolkata")
                        .env("LANG", "C").env("LC_ALL", "C")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("machines")
    void givesTheSameBytes(String machine, WsoaProcess wsoa) throws IOException {
        Map<String, byte[]> actual = outputs(machine.replaceAll("\\W+", "-"), wsoa);

        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String output : expected.keySet()) {
            assertThat(actual.get(output)).as(output + " under " + machine).isEqualTo(expected.get(output));
        }
    }

    @org.junit.jupiter.api.Test
    void aPathThatIsNotAsciiIsWrittenAsUtf8WhateverTheConsolesCharset() throws Exception {
        PlanFixtures.copy(temp.resolve("broken"), temp.resolve("broken-ü-日本"));
        // The locale says how Java reads file names (the wsoa launcher sees that it is UTF-8);
        // the console's charset is ASCII.
        WsoaProcess.Result run = new WsoaProcess().jar().in(temp).env("LC_ALL", "C.UTF-8")
                .jvm("-Dfile.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII", "-Dstdout.encoding=US-ASCII")
                .run("validate", "--format", "json", "broken-ü-日本");

        assertThat(run.exitCode()).as(run.errText()).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.at("/plans/0/directory").asText()).isEqualTo("broken-ü-日本");
        assertThat(json.at("/plans/0/findings/0/file").asText()).isEqualTo("broken-ü-日本/plan.yaml");
    }

    /** The HTML and PDF of the clean plan and each report of the broken one, run in {@code temp}. */
    private static Map<String, byte[]> outputs(String name, WsoaProcess wsoa) throws IOException {
        Map<String, byte[]> outputs = new LinkedHashMap<>();
        WsoaProcess.Result build = wsoa.in(temp).run("build", "clean", "-o", "out-" + name);
        assertThat(build.exitCode()).as(build.errText()).isZero();
        outputs.put("clean.html", Files.readAllBytes(temp.resolve("out-" + name).resolve("exampleshire-wsoa-2021.html")));
        outputs.put("clean.pdf", Files.readAllBytes(temp.resolve("out-" + name).resolve("exampleshire-wsoa-2021.pdf")));
        for (String format : FORMATS) {
            WsoaProcess.Result validate = wsoa.in(temp).run("validate", "--format", format, "broken");
            assertThat(validate.exitCode()).as(validate.errText()).isEqualTo(1);
            outputs.put(format, validate.out());
        }
        return outputs;
    }
}
