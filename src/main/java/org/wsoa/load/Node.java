package org.wsoa.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.model.SourceRef;

/**
 * A YAML document as a tree whose every node remembers where it was written, so that every
 * finding can point at a file, line and column. Built by {@link YamlReader}; bound to the model by
 * {@link MappingReader}.
 */
sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

    SourceRef at();

    /** What the author wrote, for messages: "a list", "a mapping", "the text `abc`" (a short excerpt). */
    String describe();

    /** A key of a mapping with where the key itself was written. */
    record Key(String name, SourceRef at) {
    }

    /** A mapping in the order the author wrote it; keys are unique (duplicates are reported). */
    record Mapping(Map<String, Key> keys, Map<String, Node> values, SourceRef at) implements Node {
        public Mapping {
            keys = new LinkedHashMap<>(keys);
            values = new LinkedHashMap<>(values);
        }

        @Override
        public String describe() {
            return "a mapping of keys to values";
        }
    }

    record Sequence(List<Node> items, SourceRef at) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A single value. {@code type} says how YAML read it, so that {@code 1.0} can still serve as text
     * but a quoted {@code "12"} is not taken for a number.
     */
    record Scalar(String text, ScalarType type, SourceRef at) implements Node {
        boolean isNull() {
            return type == ScalarType.NULL;
        }

        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "nothing";
                case NUMBER -> "the number " + Excerpt.of(text);
                case BOOLEAN -> "`" + Excerpt.of(text) + "` (true or false)";
                case STRING -> "the text `" + Excerpt.of(text) + "`";
            };
        }
    }

    enum ScalarType { STRING, NUMBER, BOOLEAN, NULL }
}
