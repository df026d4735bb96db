package org.wsoa.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages that read what authors wrote (the loader, the resolver and the rules) use no regular
 * expression: Java's engine backtracks, and its word boundaries walk back over combining marks, so
 * a pattern that is quick on ordinary text can take minutes on a hostile one. They scan text by hand,
 * in one pass. (The one date parser, in calendar, tries its patterns only on texts of 40 characters
 * or fewer.)
 */
class UserTextTest {

    private static final List<String> PACKAGES = List.of("load", "resolve", "rules");

    @Test
    void noRegularExpressionRunsOnAuthorsTextInTheLoaderResolverOrRules() throws IOException {
        List<String> found = new ArrayList<>();
        for (String name : PACKAGES) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/wsoa", name))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String source = Files.readString(file);
                    for (String use : List.of("java.util.regex", ".matches(", ".replaceAll(", ".replaceFirst(", ".split(")) {
                        if (source.contains(use)) {
                            found.add(file + " uses " + use);
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
