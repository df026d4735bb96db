package org.wsoa.init;

import org.wsoa.model.FundingStream;
import org.wsoa.model.Plan;
import org.wsoa.model.RiskMatrix;

/**
 * What the next plan keeps of the plan before's risk register and resources: the council's own risk
 * matrix, by which its risks are still rated, and the funding streams that still pay for its work. The
 * risks and the resource items themselves are the new plan's to write.
 */
final class CarriedRegisters {

    private final Plan before;
    private final String from;

    /**
     * @param name the plan before's directory name, for the comments
     */
    CarriedRegisters(Plan before, String name) {
        this.before = before;
        this.from = "the " + before.kind().title() + " in " + name;
    }

    /** risks.yaml with the plan before's own matrix; null when it rated its risks on the standard one. */
    String risks() {
        RiskMatrix matrix = before.riskMatrix();
        if (matrix == null) {
            return null;
        }
        StringBuilder out = new StringBuilder("# yaml-language-server: $schema=.schema/risks.schema.json\n");
        YamlText.comment(out, "", "The risks to this plan's delivery. The council's risk matrix is the one " + from
                + " used; add each risk under `risks:` (docs/plan-format.md).");
        out.append("matrix:\n  size: ").append(matrix.likelihoods()).append('x').append(matrix.impacts()).append('\n');
        out.append("  bands:\n");
        for (RiskMatrix.Band band : matrix.bands()) {
            out.append("    - {from: ").append(band.from()).append(", to: ").append(band.to()).append(", rating: ")
                    .append(YamlText.scalar(band.rating().value().strip())).append("}\n");
        }
        out.append("risks: []\n");
        return out.toString();
    }

    /** resources.yaml with the plan before's funding streams; null when it had none. */
    String resources() {
        if (before.resources() == null || before.resources().fundingStreams().isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("# yaml-language-server: $schema=.schema/resources.schema.json\n");
        YamlText.comment(out, "", "The resources for this plan. The funding streams are those " + from
                + " named; add each item, its funder and its costs under `items:` (docs/plan-format.md).");
        out.append("funding-streams:\n");
        for (FundingStream stream : before.resources().fundingStreams()) {
            out.append("  - id: ").append(YamlText.scalar(stream.id())).append('\n');
            YamlText.text(out, "    ", "name", stream.name().value());
        }
        out.append("items: []\n");
        return out.toString();
    }
}
