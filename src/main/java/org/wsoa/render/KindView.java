package org.wsoa.render;

import static org.wsoa.render.PlanView.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wsoa.model.GlossaryTerm;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;

/**
 * What the plan's kind says of itself, for the wording that differs between kinds (its title, its
 * headings, what it calls its areas), and the glossary with the terms the kind's page uses.
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
                if (terms.stream().noneMatch(t -> term.term().equalsIgnoreCase(String.valueOf(t.get("term"))))) {
                    int place = 0;
                    while (place < terms.size()
                            && String.valueOf(terms.get(place).get("term")).compareToIgnoreCase(term.term()) < 0) {
                        place++;
                    }
                    terms.add(place, map("term", term.term(), "meaning", term.meaning()));
                }
            }
        }
        return new ArrayList<>(terms);
    }
}
