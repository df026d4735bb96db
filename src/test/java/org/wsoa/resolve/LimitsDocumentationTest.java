package org.wsoa.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wsoa.load.InputLimits;
import org.wsoa.model.Ids;

/** docs/security.md's table of limits gives every limit wsoa has, with the default it really has. */
class LimitsDocumentationTest {

    private static String security() throws IOException {
        return Files.readString(Path.of("docs/security.md"));
    }

    @Test
    void everyLimitAPlanCanSetIsInTheTableWithItsDefault() throws IOException {
        String doc = security();
        for (Limits.Definition limit : Limits.definitions()) {
            assertThat(doc).as(limit.name()).contains("| `" + limit.name() + "` | "
                    + String.format(Locale.ROOT, "%,d", limit.byDefault()) + " | `validation: limits:`");
        }
    }

    @Test
    void theFixedLimitsAreInTheTableAsTheLoaderHasThem() throws IOException {
        assertThat(security()).contains(
                "| size of one file | " + InputLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB | fixed |",
                "| size of a plan | " + InputLimits.MAX_PLAN_BYTES / (1024 * 1024) + " MB | fixed |",
                "| files in a plan | " + String.format(Locale.ROOT, "%,d", InputLimits.MAX_FILES) + " | fixed |",
                "| YAML nesting | " + InputLimits.MAX_YAML_DEPTH + " levels | fixed |",
                "| Markdown nesting | " + InputLimits.MAX_MARKDOWN_DEPTH + " levels | fixed |",
                "| years of a date | " + InputLimits.FIRST_YEAR + " to " + InputLimits.LAST_YEAR + " | fixed |",
                "| digits of a number | " + InputLimits.MAX_INTEGER_DIGITS + " before the point, "
                        + InputLimits.MAX_DECIMAL_PLACES + " after | fixed |",
                "| length of an ID | " + Ids.MAX_LENGTH + " characters | fixed |",
                "| length of a glossary term | " + InputLimits.MAX_TERM_LENGTH + " characters | fixed |");
    }
}
