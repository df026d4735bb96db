package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoa.load.PlanFixtures;

/** {@code wsoa export}: the tables as CSV that Excel opens as written, and as JSON that its schema describes. */
class ExportCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private Path plan() {
        return PlanFixtures.tinyWithThreeQuarters(temp.resolve("plan"));
    }

    @Test
    void nameNamesTheExportedFiles() {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("export", plan().toString(), "-o", out.toString(), "--format", "json", "--name", "q2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("q2-export.json") + NL);
    }

    /** The trajectory values checked by hand: 32 on 31 August 2021 to 45 a year later, so 28 February 2022 is 32 + 13 × 181 / 365. */
    @Test
    void writesOneCsvFilePerTableByDefault() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("export", plan().toString(), "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("exampleshire-wsoa-2021-actions.csv") + NL
                + "Wrote " + out.resolve("exampleshire-wsoa-2021-kpi-actuals.csv") + NL + "Wrote " + out.resolve("exampleshire-wsoa-2021-risks.csv") + NL
                + "Wrote " + out.resolve("exampleshire-wsoa-2021-resources.csv") + NL);
        String actions = Files.readString(out.resolve("exampleshire-wsoa-2021-actions.csv"), StandardCharsets.UTF_8);
        assertThat(actions).isEqualTo("\uFEFFid,weakness,weaknessTitle,action,leadId,leadName,leadOrganisation,start,"
                + "originalDue,revisedDue,revisedDueAgreedBy,revisedDueAgreedOn,currentDue,status,statusLabel,statusDate,"
                + "completed,overdue,lastReported,update,recurs,until,leadOrganisationShortName,leadEmail,leadPhone\r\n"
                + "W1.1,W1,Timeliness of EHC plans,Recruit four more EHC coordinators.,amorgan,Alex Morgan,"
                + "Exampleshire County Council,2022-02-16,2022-05-31,,,,2022-05-31,complete-and-embedded,"
                + "Complete and embedded,2022-09-30,2022-05-20,false,2022-09-30,All four EHC coordinators are in post.,,,,,\r\n"
                + "W1.2,W1,Timeliness of EHC plans,Agree a six-week deadline for health advice.,bpatel,Bina Patel,"
                + "NHS Exampleshire Integrated Care Board,2022-03-01,2022-06-30,2022-09-30,DfE,2022-06-14,2022-09-30,"
                + "at-risk,At risk,2022-06-30,,false,2022-06-30,Two providers have not signed.,,,,,\r\n");
        assertThat(Files.readString(out.resolve("exampleshire-wsoa-2021-kpi-actuals.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFkpi,kpiName,weakness,unit,direction,date,value,expected,standing,note,baseline,baselineDate,"
                        + "target,targetDate\r\n"
                        + "K1,EHC plans issued within 20 weeks,W1,%,up,2022-02-28,34,38.4466,behind-trajectory,,32,"
                        + "2021-08-31,60,2023-03-31\r\n"
                        + "K1,EHC plans issued within 20 weeks,W1,%,up,2022-03-31,37,39.5507,behind-trajectory,"
                        + "The first two new coordinators started in March.,32,2021-08-31,60,2023-03-31\r\n"
                        + "K1,EHC plans issued within 20 weeks,W1,%,up,2022-04-29,41,40.5836,on-trajectory,,32,"
                        + "2021-08-31,60,2023-03-31\r\n"
                        + "K1,EHC plans issued within 20 weeks,W1,%,up,2022-05-31,44,41.7233,on-trajectory,,32,"
                        + "2021-08-31,60,2023-03-31\r\n"
                        + "K1,EHC plans issued within 20 weeks,W1,%,up,2022-08-31,43,45,behind-trajectory,"
                        + "Two coordinators on leave.,32,2021-08-31,60,2023-03-31\r\n");
        assertThat(Files.readString(out.resolve("exampleshire-wsoa-2021-risks.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFid,risk,ownerName,likelihood,impact,score,rating,currentLikelihood,currentImpact,currentScore,"
                        + "reviewedOn,reviewNote,mitigation,band,currentBand\r\n"
                        + "R1,Recruitment,Alex Morgan,3,4,12,,2,4,8,2022-03-31,Two coordinators recruited in the first"
                        + " round.,Use agency staff while recruiting.,Medium,Medium\r\n");
        assertThat(Files.readString(out.resolve("exampleshire-wsoa-2021-resources.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFid,item,funderId,funderName,funderKind,financialYear,cost,notYetCosted\r\n"
                        + "F1,EHC coordinators (four posts),ecc,Exampleshire County Council,organisation,2021/22,40000,"
                        + "false\r\n"
                        + "F1,EHC coordinators (four posts),ecc,Exampleshire County Council,organisation,2022/23,160000,"
                        + "false\r\n");
    }

    @Test
    void exportsRecurrenceShortNamesContactsBandsOnTheCouncilsMatrixAndCostsNotYetKnown() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("export", PlanFixtures.EVERY_FIELD.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String actions = Files.readString(out.resolve("exampleshire-pap-2024-actions.csv"), StandardCharsets.UTF_8);
        assertThat(actions).contains("\r\nI1.2,I1,Information for families,\"Publish a \"\"You said, we did\"\" update on"
                + " the local offer every quarter.\",dokafor,Dami Okafor,Exampleshire County Council,2025-04-01,2026-06-30,,,,"
                + "2026-06-30,on-track,On track,2025-06-30,,false,2025-06-30,The first quarterly update went on the local"
                + " offer on 27 June.,quarterly,2026-06-30,,dami.okafor@exampleshire.gov.uk,'+44 1234 567891\r\n")
                .contains(",Two of the three providers have signed the six-week agreement.,,,Exampleshire ICB,,\r\n");
        assertThat(Files.readString(out.resolve("exampleshire-pap-2024-risks.csv"), StandardCharsets.UTF_8)).contains(
                "\r\nR1,Recruitment,Dami Okafor,3,4,12,,2,4,8,2025-06-30,All four posts are filled.,"
                        + "Use agency staff while recruiting.,High,Medium\r\n");
        assertThat(Files.readString(out.resolve("exampleshire-pap-2024-resources.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFid,item,funderId,funderName,funderKind,financialYear,cost,notYetCosted\r\n"
                        + "F1,EHC coordinators (four posts),ecc,Exampleshire County Council,organisation,2024/25,20000,false\r\n"
                        + "F1,EHC coordinators (four posts),ecc,Exampleshire County Council,organisation,2025/26,160000,false\r\n"
                        + "F2,Health advice capacity,icb,NHS Exampleshire Integrated Care Board,organisation,2025/26,45000.50,"
                        + "false\r\n"
                        + "F3,Outreach from special schools,hnb,High Needs Block,funding-stream,,,true\r\n");

        CliRun json = CliRun.of("export", PlanFixtures.EVERY_FIELD.toString(), "-o", out.toString(), "--format", "json");

        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(Files.readString(out.resolve("exampleshire-pap-2024-export.json"))).contains("""
                    "contact" : {
                      "name" : "SEND Improvement Team",
                      "email" : "send.improvement@exampleshire.gov.uk",
                      "phone" : "01234 567890"
                    }
                """).contains("""
                      "financialYear" : null,
                      "cost" : null,
                      "notYetCosted" : true
                """);
    }

    @Test
    void quotesWhatNeedsItAndKeepsNamesThatAreNotAscii() throws IOException {
        Path plan = plan();
        PlanFixtures.edit(plan, "people.yaml", "name: Alex Morgan", "name: Siân Ó Briain-Zoë");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "action: Recruit four more EHC coordinators.",
                "action: \"Recruit four, \\\"more\\\" EHC coordinators:\\nthe first in May.\"");
        PlanFixtures.edit(plan, "risks.yaml", "risk: Recruitment", "risk: \"=HYPERLINK(\\\"https://example.org\\\")\"");
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("export", plan.toString(), "-o", out.toString(), "--format", "csv");

        assertThat(run.exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(out.resolve("exampleshire-wsoa-2021-actions.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String actions = new String(bytes, StandardCharsets.UTF_8);
        assertThat(actions).contains("\r\nW1.1,W1,Timeliness of EHC plans,\"Recruit four, \"\"more\"\" EHC coordinators:\n"
                + "the first in May.\",amorgan,Siân Ó Briain-Zoë,Exampleshire County Council,");
        assertThat(Files.readString(out.resolve("exampleshire-wsoa-2021-risks.csv"))).contains(
                "\r\nR1,\"'=HYPERLINK(\"\"https://example.org\"\")\",Siân Ó Briain-Zoë,3,4,12,,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "plans/bcp-wsoa-2021", "plans/medway-app-2020", "src/test/resources/plans/every-field"})
    void theJsonIsWhatItsSchemaDescribes(String which) throws IOException {
        Path plan = which.equals("plan") ? plan() : Path.of(which);
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("export", plan.toString(), "-o", out.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        // The example plans' folders are named as their files are; the copy of tiny's folder is just "plan",
        // and the every-field plan's files are named from its plan.yaml.
        String name = which.equals("plan") ? "exampleshire-wsoa-2021"
                : which.endsWith("every-field") ? "exampleshire-pap-2024" : plan.getFileName().toString();
        Path json = out.resolve(name + "-export.json");
        assertThat(run.out()).isEqualTo("Wrote " + json + NL);
        try (InputStream in = Files.newInputStream(Path.of("docs/schema/export.schema.json"))) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            assertThat(schema.validate(new ObjectMapper().readTree(json.toFile()))).isEmpty();
        }
    }

    @Test
    void asOfExportsTheProgressAsAtThatDate() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("export", plan().toString(), "-o", out.toString(), "--format", "json", "--as-of",
                "2022-03-31");

        assertThat(run.exitCode()).isZero();
        String json = Files.readString(out.resolve("exampleshire-wsoa-2021-export.json"));
        assertThat(json).contains("\"asOf\" : \"2022-03-31\"").contains("\"status\" : \"on-track\"")
                .doesNotContain("complete-and-embedded");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("export", plan().toString(), "-o", temp.toString(), "--format", "xlsx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa export: --format must be one of: csv, json (not `xlsx`)" + NL);
    }

    @Test
    void aPlanWithErrorsIsNotExported() {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("late"));
        PlanFixtures.edit(plan, "plan.yaml", "submitted: 2022-02-14", "submitted: 2022-03-14");
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("export", plan.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).endsWith("wsoa export: the plan has errors, so nothing was exported" + NL);
        assertThat(out).doesNotExist();
    }

    @Test
    void exportingTwiceGivesIdenticalFiles() throws IOException {
        for (String format : new String[] {"csv", "json"}) {
            CliRun.of("export", "plans/bcp-wsoa-2021", "-o", temp.resolve("a").toString(), "--format", format);
            CliRun.of("export", "plans/bcp-wsoa-2021", "-o", temp.resolve("b").toString(), "--format", format);
        }
        try (Stream<Path> files = Files.list(temp.resolve("a"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(temp.resolve("b").resolve(file.getFileName())));
            }
        }
    }
}
