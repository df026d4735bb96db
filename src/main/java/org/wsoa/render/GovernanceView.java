package org.wsoa.render;

import static org.wsoa.render.PlanView.block;
import static org.wsoa.render.PlanView.date;
import static org.wsoa.render.PlanView.map;
import static org.wsoa.render.PlanView.text;

import java.util.List;
import java.util.Map;
import org.wsoa.model.Approval;
import org.wsoa.model.Body;
import org.wsoa.model.Consideration;
import org.wsoa.model.Contact;
import org.wsoa.model.EnquiryContact;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.Succession;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The template data of governance as it really is: the sign-offs (some still pending), the bodies that
 * considered the plan without approving it, the committees and bodies without a chair, and an
 * organisation succeeded by another during the plan. Keys are listed in publishing.md.
 */
final class GovernanceView {

    private GovernanceView() {
    }

    static Map<String, Object> approval(ResolvedPlan resolved, Approval approval) {
        Person by = resolved.person(approval.by());
        String body = resolved.signOffBody(approval.body(), approval.board());
        return map("body", body == null ? "" : body, "date", date(approval.date()), "pending", approval.pending(),
                "by", by == null ? null : text(by.name()), "role", by == null ? null : text(by.role()));
    }

    static List<Map<String, Object>> consideredBy(ResolvedPlan resolved) {
        return resolved.plan().consideredBy().stream().map(c -> consideration(resolved, c)).toList();
    }

    private static Map<String, Object> consideration(ResolvedPlan resolved, Consideration consideration) {
        String body = resolved.signOffBody(consideration.body(), consideration.board());
        return map("body", body == null ? "" : body, "date", date(consideration.date()),
                "note", consideration.note() == null || consideration.note().isBlank()
                        ? null : PlanView.inline(consideration.note()));
    }

    static List<Map<String, Object>> bodies(ResolvedPlan resolved) {
        return resolved.plan().bodies().stream().map(b -> body(resolved, b)).toList();
    }

    private static Map<String, Object> body(ResolvedPlan resolved, Body body) {
        Organisation organisation = resolved.organisation(body.organisation());
        return map("id", body.id(), "name", text(body.name()), "purpose", block(body.purpose()),
                "organisation", organisation == null ? null : text(organisation.name()));
    }

    /**
     * The plan's contact for enquiries: who (a person's name and role, or the name written with the
     * address), an email address and a telephone number, each text or null; null when the plan names none.
     */
    static Map<String, Object> contact(ResolvedPlan resolved) {
        EnquiryContact enquiries = resolved.plan().contact();
        if (enquiries == null) {
            return null;
        }
        Person person = resolved.person(enquiries.person());
        Contact contact = person != null ? person.contact() : enquiries.address();
        String name = person != null
                ? text(person.name()) + (person.role() == null ? "" : ", " + text(person.role()))
                : contact == null || contact.name() == null ? null : text(contact.name()).strip();
        String email = contact == null || contact.email() == null ? null : text(contact.email()).strip();
        String phone = contact == null || contact.phone() == null ? null : text(contact.phone()).strip();
        return map("name", name, "email", email, "phone", phone, "tel", phone == null ? null : tel(phone));
    }

    /** The number as a tel: link has it: its digits, and a + if it starts with one. */
    private static String tel(String phone) {
        StringBuilder digits = new StringBuilder(phone.startsWith("+") ? "+" : "");
        for (int i = 0; i < phone.length(); i++) {
            if (phone.charAt(i) >= '0' && phone.charAt(i) <= '9') {
                digits.append(phone.charAt(i));
            }
        }
        return digits.toString();
    }

    /** The organisation that succeeds {@code organisation} and from when, or null. */
    static Map<String, Object> succeededBy(ResolvedPlan resolved, Organisation organisation) {
        Succession succession = organisation.succeededBy();
        if (succession == null || succession.by() == null) {
            return null;
        }
        return map("name", resolved.organisationName(succession.by()), "date", date(succession.on()));
    }
}
