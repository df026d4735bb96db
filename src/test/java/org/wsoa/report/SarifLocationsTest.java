package org.wsoa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 17: SARIF locations that code scanning can place whatever path the plan was given
 * by: relative to the base for files under it, absolute {@code file:} URIs for the rest, and
 * percent-encoded so that any file name is a valid URI.
 */
class SarifLocationsTest {

    private final SarifLocations locations = new SarifLocations(Path.of("/srv/plans-repo"));

    @Test
    void aFileUnderTheBaseIsRelativeToSrcRoot() {
        assertThat(locations.baseUri()).isEqualTo("file:///srv/plans-repo/");
        assertThat(locations.of("/srv/plans-repo/plans/x/weaknesses/w1.yaml"))
                .isEqualTo(new SarifLocations.Location("plans/x/weaknesses/w1.yaml", "%SRCROOT%"));
        assertThat(locations.of("/srv/plans-repo/plans/x/../y/plan.yaml"))
                .isEqualTo(new SarifLocations.Location("plans/y/plan.yaml", "%SRCROOT%"));
    }

    @Test
    void aFileOutsideTheBaseIsAnAbsoluteFileUri() {
        assertThat(locations.of("/srv/other/plan.yaml")).isEqualTo(new SarifLocations.Location("file:///srv/other/plan.yaml", null));
        // A folder whose name only begins like the base's is outside it.
        assertThat(locations.of("/srv/plans-repository/plan.yaml").uriBaseId()).isNull();
    }

    @Test
    void namesThatAreNotPlainAsciiArePercentEncoded() {
        assertThat(locations.of("/srv/plans-repo/plans/café #2/50% done.yaml").uri())
                .isEqualTo("plans/caf%C3%A9%20%232/50%25%20done.yaml");
        assertThat(locations.of("/srv/other/日本/plan.yaml").uri()).isEqualTo("file:///srv/other/%E6%97%A5%E6%9C%AC/plan.yaml");
    }

    @Test
    void aFirstSegmentWithAColonIsNotReadAsAScheme() {
        assertThat(locations.of("/srv/plans-repo/c:plan/plan.yaml").uri()).isEqualTo("./c:plan/plan.yaml");
    }

    @Test
    void aRelativePathIsTakenFromTheWorkingDirectory() {
        SarifLocations here = SarifLocations.ofWorkingDirectory();

        assertThat(here.of("plans/x/plan.yaml")).isEqualTo(new SarifLocations.Location("plans/x/plan.yaml", "%SRCROOT%"));
        assertThat(here.baseUri()).isEqualTo("file://" + Path.of("").toAbsolutePath() + "/");
    }
}
