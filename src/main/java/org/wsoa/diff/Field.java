package org.wsoa.diff;

/**
 * What about a plan, organisation, person, board, body, monitoring line, risk, resource, area, action or KPI changed: its
 * stable ID (for JSON) and its label (for people).
 */
public enum Field {
    KIND("kind", "Kind of plan"),
    TITLE("title", "Title"),
    VERSION("version", "Version"),
    STATUS("status", "Status"),
    REPORT_RECEIVED("report-received", "Report received"),
    DEADLINE("deadline", "Deadline"),
    SUBMITTED("submitted", "Submitted"),
    PERIOD_START("period-start", "Plan period starts"),
    PERIOD_END("period-end", "Plan period ends"),
    PROGRESS_AS_AT("progress-as-at", "Progress as at"),
    NAME("name", "Name"),
    CHAIR("chair", "Chair"),
    MEMBERS_ADDED("members-added", "Members added"),
    MEMBERS_REMOVED("members-removed", "Members removed"),
    REPORTS_TO("reports-to", "Reports to"),
    MEETS("meets", "Meets"),
    AREA("area", "Area"),
    WORDING("action", "Action"),
    LEAD("lead", "Lead"),
    PARTNERS("partners", "Partners"),
    START("start", "Start"),
    DUE("due", "Due"),
    REVISED_DUE("revised-due", "Revised due date"),
    IMPACT("impact", "Measure of impact"),
    UNIT("unit", "Unit"),
    DIRECTION("direction", "Better when"),
    BASELINE("baseline", "Baseline"),
    TARGET("target", "Target"),
    TRAJECTORY("trajectory", "Trajectory"),
    OWNER("owner", "Owner"),
    APPROVED_BY("approved-by", "Approved by"),
    CONSIDERED_BY("considered-by", "Also considered by"),
    RISK_MATRIX("risk-matrix", "Risk matrix"),
    FUNDING_STREAMS("funding-streams", "Funding streams"),
    SHORT_NAME("short-name", "Short name"),
    SUCCEEDED_BY("succeeded-by", "Succeeded by"),
    SUCCEEDED_ON("succeeded-on", "Succeeded on"),
    ROLE("role", "Role"),
    ORGANISATION("organisation", "Organisation"),
    CONTACT("contact", "Contact"),
    PURPOSE("purpose", "Purpose"),
    RECURS("recurs", "Recurs"),
    UNTIL("until", "Until"),
    ITEM("item", "Item"),
    FUNDER("funder", "Funder"),
    COSTS("costs", "Costs"),
    RISK("risk", "Risk"),
    DESCRIPTION("description", "Description"),
    LIKELIHOOD("likelihood", "Likelihood"),
    RISK_IMPACT("risk-impact", "Impact"),
    RATING("rating", "Rating"),
    RESCORED("rescored", "Rescored"),
    MITIGATION("mitigation", "Mitigation"),
    WHAT("what", "What is reported"),
    REPORTED_TO("reported-to", "Reported to"),
    FREQUENCY("frequency", "How often"),
    REPORTED_BY("reported-by", "Reported by");

    private final String id;
    private final String label;

    Field(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The field's name in JSON, e.g. {@code reports-to}. */
    public String id() {
        return id;
    }

    /** The field's name for people, e.g. "Reports to". */
    public String label() {
        return label;
    }
}
