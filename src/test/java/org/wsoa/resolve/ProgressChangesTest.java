package org.wsoa.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.load.PlanFixtures;
import org.wsoa.load.PlanLoader;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.OverallRating;

/** What the latest progress file changed, against the files before it. */
class ProgressChangesTest {

    @TempDir
    Path temp;

    private ProgressChanges changes(LocalDate asOf) throws Exception {
        Path plan = PlanFixtures.tinyWithThreeQuarters(temp.resolve("plan"));
        return Resolver.resolve(PlanLoader.load(plan), WorkingDays.englandAndWales(), asOf).progress().changes();
    }

    @Test
    void theFirstFileHasNothingToCompareWith() throws Exception {
        ProgressChanges changes = changes(LocalDate.of(2022, 3, 31));

        assertThat(changes.hasPrevious()).isFalse();
        assertThat(changes.latest().date().toString()).isEqualTo("2022-03-31");
    }

    @Test
    void completionsStatusesRevisedDatesRatingsAndActualsAgainstTheFileBefore() throws Exception {
        ProgressChanges changes = changes(LocalDate.of(2022, 6, 30));

        assertThat(changes.previous().date().toString()).isEqualTo("2022-03-31");
        assertThat(changes.actions()).extracting(c -> c.after().actionId()).containsExactly("W1.1", "W1.2");
        ProgressChanges.ActionChange completed = changes.actions().get(0);
        assertThat(completed.isNewlyComplete()).isTrue();
        assertThat(completed.isStatusChange()).isFalse();
        assertThat(completed.before().status()).isEqualTo(ActionStatus.ON_TRACK);
        ProgressChanges.ActionChange moved = changes.actions().get(1);
        assertThat(moved.isStatusChange()).isTrue();
        assertThat(moved.before().status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(moved.after().status()).isEqualTo(ActionStatus.AT_RISK);
        assertThat(moved.newRevisedDue().date().toString()).isEqualTo("2022-09-30");
        assertThat(moved.before().due().toString()).isEqualTo("2022-06-30");
        assertThat(changes.areas()).singleElement().satisfies(area -> {
            assertThat(area.before()).isEqualTo(OverallRating.SOME_PROGRESS);
            assertThat(area.after().rating()).isEqualTo(OverallRating.GOOD_PROGRESS);
        });
        assertThat(changes.actuals()).extracting(a -> a.date().toString()).containsExactly("2022-04-29", "2022-05-31");
    }

    @Test
    void embeddingIsAStatusChangeNotANewCompletionAndWhatTheFileLeavesOutHasNotChanged() throws Exception {
        ProgressChanges changes = changes(LocalDate.of(2022, 9, 30));

        assertThat(changes.actions()).singleElement().satisfies(change -> {
            assertThat(change.after().actionId()).isEqualTo("W1.1");
            assertThat(change.isNewlyComplete()).isFalse();
            assertThat(change.isStatusChange()).isTrue();
            assertThat(change.after().status()).isEqualTo(ActionStatus.COMPLETE_AND_EMBEDDED);
            assertThat(change.newRevisedDue()).isNull();
        });
        assertThat(changes.areas()).isEmpty();
    }

    @Test
    void aDateBetweenFilesComparesTheLatestFileUpToItWithTheOneBefore() throws Exception {
        ProgressChanges changes = changes(LocalDate.of(2022, 8, 15));

        assertThat(changes.latest().date().toString()).isEqualTo("2022-06-30");
        assertThat(changes.previous().date().toString()).isEqualTo("2022-03-31");
    }

    @Test
    void aPlanWithoutProgressFilesHasNoChanges() {
        ProgressChanges changes = PlanFixtures.resolved(Path.of("plans/medway-app-2020")).progress().changes();

        assertThat(changes.latest()).isNull();
        assertThat(changes.actions()).isEmpty();
    }
}
