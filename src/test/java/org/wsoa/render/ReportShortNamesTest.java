package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

/**
 * The progress and closure reports name organisations as the published plan does: by their short
 * name in table cells, so that a long name does not fill every row; the JSON gives both names.
 */
class ReportShortNamesTest {

    private static final String LONG = "Exampleshire County Council";

    @TempDir
    Path temp;

    private static void shortName(Path plan) {
        PlanFixtures.edit(plan, "people.yaml", "    name: " + LONG + "\n", "    name: " + LONG + "\n    short-name: ECC\n");
    }

    @Test
    void theProgressReportsLeadCellsGiveTheShortName() throws Exception {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
        shortName(plan);
        PlanFixtures.edit(plan, "progress/2022-03-31.yaml", "    status: on-track", "    status: at-risk");
        var resolved = ReportEditionsTest.resolved(plan, null);

        String html = new String(ReportEditionsTest.render("html", resolved, ReportOptions.DEFAULT), StandardCharsets.UTF_8);
        String markdown = new String(ReportEditionsTest.render("md", resolved, ReportOptions.DEFAULT), StandardCharsets.UTF_8);

        assertThat(html).contains("<td>Alex Morgan<span class=\"role\">, Director of Children&#39;s Services</span>"
                + "<span class=\"organisation\"> (ECC)</span></td>").doesNotContain(LONG);
        assertThat(markdown).contains("| W1.1 | Recruit four more EHC coordinators. | Alex Morgan (ECC) |")
                .doesNotContain(LONG);
    }

    @Test
    void theProgressReportsJsonGivesTheShortNamesBesideTheFullNames() throws Exception {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
        shortName(plan);
        PlanFixtures.edit(plan, "governance.yaml", "    name: SEND Improvement Board\n",
                "    name: SEND Improvement Board\n    short-name: SIB\n");
        PlanFixtures.edit(plan, "progress/2022-03-31.yaml", "    status: on-track", "    status: at-risk");

        String json = new String(ReportEditionsTest.render("json", ReportEditionsTest.resolved(plan, null),
                ReportOptions.DEFAULT), StandardCharsets.UTF_8);

        assertThat(json).contains("""
                    "version" : "1.0",
                    "oversight" : {
                      "id" : "sib",
                      "name" : "SEND Improvement Board",
                      "shortName" : "SIB"
                    }
                  },
                """).contains("""
                      "lead" : {
                        "id" : "amorgan",
                        "name" : "Alex Morgan",
                        "organisation" : "Exampleshire County Council",
                        "organisationShortName" : "ECC"
                      },
                """);
    }

    @Test
    void theClosureReportsCellsGiveTheShortName() throws Exception {
        Path plan = PlanFixtures.tinyClosed(temp.resolve("tiny"));
        shortName(plan);

        String html = new String(ClosureEditionsTest.render("html", PlanFixtures.resolved(plan)), StandardCharsets.UTF_8);

        assertThat(html).contains("<td>Alex Morgan<span class=\"role\">, Director of Children&#39;s Services</span>"
                + "<span class=\"organisation\"> (ECC)</span></td>").doesNotContain(LONG);
    }
}
