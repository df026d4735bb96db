package org.wsoa.render;

import static org.wsoa.render.PlanView.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wsoa.model.Board;
import org.wsoa.model.GlossaryTerm;
import org.wsoa.model.Organisation;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.Text;

/**
 * What the plan's kind says of itself, for the wording that differs between kinds (its title, its
 * headings, what it calls its areas), and the glossary with the terms the kind's page uses and the
 * short names that tables print.
 */
final class KindView {

    private KindView() {
    }

    /** The kind as templates see it, or null when plan.yaml does not say. */
    static Map<String, Object> of(PlanKind kind) {
        if (kind == null) {
            return null;
        }
        return map("code", kind.code(), "title", kind.title(), "framework", kind.framework().title(),
                "followsRevisit", kind.followsRevisit(), "inspectionHeading", kind.inspectionHeading(),
                "area", map("singular", kind.areas().singular(), "plural", kind.areas().plural(),
                        "heading", kind.areas().heading(), "column", kind.areas().column()));
    }

    /**
     * The plan's glossary as written, with each term the kind's page uses that the plan does not define
     * itself put before the first written term that sorts after it.
     */
    static List<Object> glossary(Plan plan) {
        List<Map<String, Object>> terms = new ArrayList<>();
        for (GlossaryTerm term : plan.glossary()) {
            terms.add(map("term", term.term(), "meaning", PlanView.text(term.meaning())));
        }
        if (plan.kind() != null) {
            for (PlanKind.Term term : plan.kind().glossary()) {
                addUndefined(terms, term.term(), term.meaning());
            }
        }
        // Tables print an organisation's or board's short name: the glossary gives its full name.
        for (Organisation organisation : plan.organisations()) {
            addShortName(terms, organisation.shortName(), organisation.name());
        }
        for (Board board : plan.boards()) {
            addShortName(terms, board.shortName(), board.name());
        }
        return new ArrayList<>(terms);
    }

    private static void addShortName(List<Map<String, Object>> terms, Text shortName, Text name) {
        if (shortName != null && !shortName.isBlank() && name != null && !name.isBlank()) {
            addUndefined(terms, shortName.value().strip(), name.value().strip());
        }
    }

    /** Adds a term the glossary does not define yet, before the first written term that sorts after it. */
    private static void addUndefined(List<Map<String, Object>> terms, String term, String meaning) {
        if (terms.stream().noneMatch(t -> term.equalsIgnoreCase(String.valueOf(t.get("term"))))) {
            int place = 0;
            while (place < terms.size() && String.valueOf(terms.get(place).get("term")).compareToIgnoreCase(term) < 0) {
                place++;
            }
            terms.add(place, map("term", term, "meaning", meaning));
        }
    }
}
