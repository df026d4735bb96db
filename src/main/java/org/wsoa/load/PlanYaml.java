package org.wsoa.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Suggestions;
import org.wsoa.model.Acceptance;
import org.wsoa.model.Approval;
import org.wsoa.model.BankHoliday;
import org.wsoa.model.Consideration;
import org.wsoa.model.DateRange;
import org.wsoa.model.Dated;
import org.wsoa.model.EnquiryContact;
import org.wsoa.model.DeadlineRule;
import org.wsoa.model.Framework;
import org.wsoa.model.Inspection;
import org.wsoa.model.LimitSetting;
import org.wsoa.model.OutputName;
import org.wsoa.model.PlanKind;
import org.wsoa.model.PlanStatus;
import org.wsoa.model.Ref;
import org.wsoa.model.Revisit;
import org.wsoa.model.RuleSetting;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Stated;
import org.wsoa.model.Text;
import org.wsoa.model.ValidationSettings;

/** Reads {@code plan.yaml}: what the plan is, for which area, the inspection and the deadline. */
final class PlanYaml {

    /** The fields of {@code plan.yaml}, as read. */
    record Header(PlanKind kind, Text title, Text area, Text outputName, Text version, PlanStatus status, Stated<Framework> framework,
                  List<Ref> principalAuthorities, List<Ref> partners, Inspection inspection, Revisit revisit,
                  DeadlineRule deadline, Dated submitted, DateRange period, List<Approval> approvals, List<Consideration> consideredBy,
                  PublicationYaml.Record record, EnquiryContact contact, List<BankHoliday> bankHolidays, ValidationSettings validation,
                  SourceRef at) {
    }

    /** The largest value a limit under {@code validation:} may take. */
    static final int MAX_LIMIT = 1_000_000;

    private final List<Diagnostic> diagnostics;

    PlanYaml(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** @param unreadable whether the file is missing or could not be read, which is already reported */
    Header read(Node root, SourceRef fileAt, boolean unreadable) {
        MappingReader plan = MappingReader.of(root, fileAt, "plan.yaml", diagnostics);
        if (root == null && !unreadable) {
            diagnostics.add(Diagnostic.of(LoadCheck.MISSING_FIELD, fileAt, "plan.yaml is empty",
                    "start from `wsoa init`, which writes a plan.yaml with every field explained"));
        }
        PlanKind kind = plan.choice("kind", true, PlanKind.values(), PlanKind::code);
        Header header = new Header(
                kind,
                plan.text("title", false),
                plan.text("area", true),
                outputName(plan),
                plan.text("version", true),
                plan.choice("status", true, PlanStatus.values(), PlanStatus::code),
                plan.stated("framework", Framework.values(), Framework::code),
                plan.refs("principal-authorities"),
                plan.refs("partners"),
                new InspectionYaml(diagnostics, this).inspection(plan.mapping("inspection", "the inspection", true)),
                plan.has("revisit")
                        ? new InspectionYaml(diagnostics, this).revisit(plan.mapping("revisit", "the revisit", false))
                        : null,
                deadline(plan, plan.mapping("deadline", "the deadline", false)),
                plan.date("submitted", false),
                range(plan.mapping("period", "the plan period", false)),
                plan.list("approvals", false, this::approval),
                plan.list("considered-by", false, this::consideration),
                PublicationYaml.read(plan),
                contact(plan),
                plan.list("bank-holidays", false, node -> bankHoliday(plan.child(node, "a bank holiday"))),
                validation(plan.mapping("validation", "the validation settings", false)),
                plan.at());
        plan.finish();
        return header;
    }

    /** {@code contact:}: the ID of a person, or an address written in place; null when absent. */
    private EnquiryContact contact(MappingReader plan) {
        Node node = plan.value("contact", false, "<ID of a person, or {email: ..., phone: ...}>");
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar) {
            return new EnquiryContact(plan.ref("contact", false), null, node.at());
        }
        return new EnquiryContact(null, PeopleYaml.contact(plan.mapping("contact", "the plan's contact", false), true),
                node.at());
    }

    /** {@code output-name}, when it can start a file's name; one that cannot is reported and read as none. */
    private Text outputName(MappingReader plan) {
        Text name = plan.text("output-name", false);
        if (name == null || OutputName.isWellFormed(name.value().strip())) {
            return name;
        }
        diagnostics.add(Diagnostic.of(LoadCheck.WRONG_TYPE, name.at(), "`output-name` is `" + Excerpt.of(name.value())
                        + "`, which cannot name the published files: it must be " + OutputName.RULE,
                "write a name such as exampleshire-wsoa-2021, or remove the key to have one made from the area,"
                        + " the kind and the year"));
        return null;
    }

    private DeadlineRule deadline(MappingReader plan, MappingReader deadline) {
        if (!plan.has("deadline")) {
            deadline.finish();
            return DeadlineRule.statutory(plan.at());
        }
        Integer days = deadline.integer("days", false, 1, 1000);
        String counting = deadline.has("counting") ? deadline.id("counting", false) : "working-days";
        if (counting != null && !counting.equals("working-days") && !counting.equals("calendar-days")) {
            diagnostics.add(Diagnostic.of(LoadCheck.WRONG_TYPE, deadline.at("counting"),
                    "`counting` in the deadline is `" + Excerpt.of(counting) + "`, which is not one of: working-days, calendar-days"
                            + Suggestions.didYouMean(counting, List.of("working-days", "calendar-days")), null));
        }
        String from = deadline.has("from") ? deadline.id("from", false) : DeadlineRule.FROM_RECEIVED;
        List<String> froms = List.of(DeadlineRule.FROM_RECEIVED, DeadlineRule.FROM_PUBLISHED);
        if (from != null && !froms.contains(from)) {
            diagnostics.add(Diagnostic.of(LoadCheck.WRONG_TYPE, deadline.at("from"),
                    "`from` in the deadline is `" + Excerpt.of(from) + "`, which is not one of: " + String.join(", ", froms)
                            + Suggestions.didYouMean(from, froms), null));
            from = DeadlineRule.FROM_RECEIVED;
        }
        Dated due = deadline.date("due", false);
        Text agreedBy = deadline.text("agreed-by", false);
        Dated agreedOn = deadline.date("agreed-on", false);
        deadline.finish();
        return new DeadlineRule(days == null ? DeadlineRule.STATUTORY_DAYS : days, "calendar-days".equals(counting),
                from == null ? DeadlineRule.FROM_RECEIVED : from, due, agreedBy, agreedOn, deadline.at());
    }

    /** {@code {start: ..., end: ...}}; null when absent. */
    DateRange range(MappingReader range) {
        if (!range.has("start") && !range.has("end")) {
            range.date("start", false);
            range.date("end", false);
            range.finish();
            return null;
        }
        DateRange read = new DateRange(range.date("start", true), range.date("end", false), range.at());
        range.finish();
        return read;
    }

    private static BankHoliday bankHoliday(MappingReader holiday) {
        BankHoliday read = new BankHoliday(holiday.date("date", true), holiday.text("name", true), holiday.at());
        holiday.finish();
        return read;
    }

    private Approval approval(Node node) {
        MappingReader approval = MappingReader.of(node, null, "an approval", diagnostics);
        Text body = body(approval);
        Ref board = approval.ref("board", false);
        Dated date = null;
        boolean pending = false;
        Node written = approval.value("date", false, "YYYY-MM-DD");
        if (written instanceof Node.Scalar s && s.text().strip().equals(Approval.PENDING)) {
            pending = true;
        } else if (written != null) {
            date = approval.toDate("date", written);
        }
        Approval read = new Approval(body, board, date, pending, approval.ref("by", false), approval.at());
        approval.finish();
        return read;
    }

    private Consideration consideration(Node node) {
        MappingReader consideration = MappingReader.of(node, null, "a body that considered the plan", diagnostics);
        Consideration read = new Consideration(body(consideration), consideration.ref("board", false),
                consideration.date("date", true), consideration.text("note", false), consideration.at());
        consideration.finish();
        return read;
    }

    /**
     * The body of a sign-off, as written under {@code body}; the reader also reads {@code board} (the
     * ID of a board or governance body), which says the same thing another way: one of the two is
     * needed, and both are reported as conflicting.
     */
    private Text body(MappingReader signOff) {
        boolean board = signOff.has("board");
        if (board && signOff.has("body")) {
            signOff.conflicting("body", "board", "keep `board:` to name a board or body of governance.yaml,"
                    + " or `body:` to name it in words");
        }
        return signOff.text("body", !board);
    }

    private ValidationSettings validation(MappingReader validation) {
        List<RuleSetting> disabled = validation.list("disable", false, node -> {
            MappingReader setting = MappingReader.of(node, validation.at(), "a rule switched off", diagnostics);
            RuleSetting read = new RuleSetting(setting.id("rule", true), setting.reason("reason", true), setting.at());
            setting.finish();
            return read;
        });
        List<Acceptance> accepted = validation.list("accept", false, node -> {
            MappingReader acceptance = MappingReader.of(node, validation.at(), "an accepted finding", diagnostics);
            Acceptance read = new Acceptance(acceptance.id("rule", true), acceptance.id("subject", true),
                    acceptance.reason("reason", true), acceptance.at());
            acceptance.finish();
            return read;
        });
        List<LimitSetting> limits = new ArrayList<>();
        MappingReader limitsReader = validation.mapping("limits", "the validation limits", false);
        for (Map.Entry<Node.Key, Node> entry : limitsReader.entries()) {
            Integer limit = limitsReader.toInteger(entry.getKey().name(), entry.getValue(), 1, MAX_LIMIT);
            if (limit != null) {
                limits.add(new LimitSetting(entry.getKey().name(), limit, entry.getKey().at()));
            }
        }
        validation.finish();
        return new ValidationSettings(disabled, accepted, limits, validation.at());
    }
}
