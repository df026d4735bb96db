package org.wsoa.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.load.PlanFixtures;
import org.wsoa.render.TemplateLimits;

/**
 * {@code wsoa preview} in a real browser: a page left open in headless Chromium updates itself when
 * a plan file is saved, shows the errors when the plan breaks (and that page passes axe-core), and
 * shows the plan again when it is fixed. Runs in {@code mvn verify}, after the accessibility test
 * has installed axe-core into target/a11y-node.
 */
class PreviewBrowserIT {

    private static final Path AXE = Path.of("target/a11y-node/node_modules/axe-core/axe.min.js");
    private static final String HEADING = "document.readyState === 'complete' && document.querySelector('h1')"
            + " ? document.querySelector('h1').textContent : null";

    @TempDir
    Path temp;

    @Test
    void anOpenPageUpdatesItselfWhenAFileIsSaved() throws Exception {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
        try (Preview preview = Preview.start(new Preview.Settings(plan, null, TemplateLimits.DEFAULT, 0, WorkingDays.englandAndWales(), null),
                (page, changed, millis, republished) -> { });
             Chromium browser = new Chromium(preview.address(), Files.createDirectories(temp.resolve("profile")))) {
            assertThat(browser.await(HEADING, "Written Statement of Action"::equals)).isNotNull();
            // A mark on the page as it was loaded: a reload wipes it, an update by other means would not.
            browser.evaluate("window.openedBeforeTheSave = true");
            // The reader is part-way down the page, and should stay there.
            browser.evaluate("window.scrollTo(0, 1500)");
            assertThat(browser.evaluate("window.scrollY").asInt()).isEqualTo(1500);

            PlanFixtures.edit(plan, "plan.yaml", "title: Written Statement of Action",
                    "title: Written Statement of Action, revised");

            assertThat(browser.await(HEADING, "Written Statement of Action, revised"::equals)).isNotNull();
            assertThat(browser.evaluate("window.openedBeforeTheSave === undefined").asBoolean()).isTrue();
            // Near where it was, not back at the top (the longer title above moves the text down a little).
            assertThat(browser.await("String(window.scrollY)", y -> Math.abs(Integer.parseInt(y) - 1500) < 200))
                    .isNotNull();

            PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatel", "    lead: bpatl");

            assertThat(browser.await(HEADING, "1 error to fix before the plan can be published"::equals)).isNotNull();
            assertThat(browser.evaluate("document.querySelector('.where code').textContent").asText())
                    .isEqualTo(plan.resolve("weaknesses/w1.yaml") + ":39:11");
            assertThat(violations(browser)).isEmpty();

            PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatl", "    lead: bpatel");

            assertThat(browser.await(HEADING, "Written Statement of Action, revised"::equals)).isNotNull();
        }
    }

    /** axe-core's WCAG 2.2 AA violations on the page now open, as the accessibility test checks the plans. */
    private static java.util.List<String> violations(Chromium browser) throws Exception {
        assertThat(AXE).as("axe-core, installed by src/test/a11y/run.sh earlier in mvn verify").exists();
        JsonNode found = browser.evaluate(Files.readString(AXE) + "\n;axe.run(document, {runOnly: {type: 'tag',"
                + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},"
                + " resultTypes: ['violations']}).then(r => r.violations.map(v => v.id + ': ' + v.help))");
        assertThat(found).as("axe ran").isNotNull();
        java.util.List<String> violations = new java.util.ArrayList<>();
        found.forEach(v -> violations.add(v.asText()));
        return violations;
    }
}
