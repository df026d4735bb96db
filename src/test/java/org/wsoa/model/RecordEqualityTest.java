package org.wsoa.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written out (for start-up: docs/performance.md) behave
 * as a record's own: the same hash as a record of the same components, equal exactly when every
 * component is.
 */
class RecordEqualityTest {

    private record PlainSourceRef(String file, int line, int column) {
    }

    private record PlainRef(String id, SourceRef at) {
    }

    private record PlainText(String value, SourceRef at) {
    }

    private record PlainAreaRating(Ref weakness, OverallRating rating, Text change, SourceRef at) {
    }

    private static final SourceRef AT = new SourceRef("plans/x/weaknesses/w1.yaml", 12, 5);

    @Test
    void sourceRef() {
        assertThat(AT.hashCode()).isEqualTo(new PlainSourceRef(AT.file(), 12, 5).hashCode());
        assertThat(SourceRef.file("a").hashCode()).isEqualTo(new PlainSourceRef("a", 0, 0).hashCode());
        assertThat(AT).isEqualTo(new SourceRef("plans/x/weaknesses/w1.yaml", 12, 5))
                .isNotEqualTo(new SourceRef("plans/x/weaknesses/w2.yaml", 12, 5))
                .isNotEqualTo(new SourceRef("plans/x/weaknesses/w1.yaml", 13, 5))
                .isNotEqualTo(new SourceRef("plans/x/weaknesses/w1.yaml", 12, 6))
                .isNotEqualTo("plans/x/weaknesses/w1.yaml:12:5");
    }

    @Test
    void ref() {
        assertThat(new Ref("A1", AT).hashCode()).isEqualTo(new PlainRef("A1", AT).hashCode());
        assertThat(new Ref(null, null).hashCode()).isEqualTo(new PlainRef(null, null).hashCode());
        assertThat(new Ref("A1", AT)).isEqualTo(new Ref("A1", new SourceRef(AT.file(), 12, 5)))
                .isNotEqualTo(new Ref("A2", AT)).isNotEqualTo(new Ref("A1", SourceRef.file(AT.file())))
                .isNotEqualTo(new Ref(null, AT));
    }

    @Test
    void text() {
        assertThat(new Text("TBC", AT).hashCode()).isEqualTo(new PlainText("TBC", AT).hashCode());
        assertThat(new Text(null, AT).hashCode()).isEqualTo(new PlainText(null, AT).hashCode());
        assertThat(new Text("TBC", AT)).isEqualTo(new Text("TBC", AT)).isNotEqualTo(new Text("TBD", AT))
                .isNotEqualTo(new Text("TBC", SourceRef.file("other"))).isNotEqualTo(new Text(null, AT));
    }

    @Test
    void areaRating() {
        Ref w1 = new Ref("W1", AT);
        Text change = new Text("Fewer families wait", AT);
        OverallRating rating = OverallRating.values()[0];
        AreaRating area = new AreaRating(w1, rating, change, AT);
        assertThat(area.hashCode()).isEqualTo(new PlainAreaRating(w1, rating, change, AT).hashCode());
        assertThat(new AreaRating(null, null, null, null).hashCode())
                .isEqualTo(new PlainAreaRating(null, null, null, null).hashCode());
        assertThat(area).isEqualTo(new AreaRating(new Ref("W1", AT), rating, new Text("Fewer families wait", AT), AT))
                .isNotEqualTo(new AreaRating(new Ref("W2", AT), rating, change, AT))
                .isNotEqualTo(new AreaRating(w1, OverallRating.values()[1], change, AT))
                .isNotEqualTo(new AreaRating(w1, rating, new Text("More", AT), AT))
                .isNotEqualTo(new AreaRating(w1, rating, change, SourceRef.file("x")));
    }
}
