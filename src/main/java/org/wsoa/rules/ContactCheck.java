package org.wsoa.rules;

import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Contact;
import org.wsoa.model.EnquiryContact;
import org.wsoa.model.Person;
import org.wsoa.model.Text;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Contacts have the shape of an email address and a telephone number, and the plan's contact for
 * enquiries can be reached: a person named there has an email address or a telephone number. Both
 * shapes are checked by walking the text once, without regular expressions on what authors wrote
 * (docs/security.md).
 */
final class ContactCheck extends AbstractRule {

    /** The longest email address that SMTP carries (RFC 5321). */
    private static final int MAX_EMAIL = 254;

    ContactCheck() {
        super("contact", Severity.ERROR, "Every email address and telephone number is well formed, and the plan's"
                + " contact for enquiries has one.");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        for (Person person : resolved.plan().people()) {
            if (person.contact() != null) {
                check(person.contact(), "person " + person.id(), person.id(), findings);
            }
        }
        EnquiryContact enquiries = resolved.plan().contact();
        if (enquiries == null) {
            return;
        }
        if (enquiries.address() != null) {
            check(enquiries.address(), "the plan's contact", null, findings);
            return;
        }
        Person person = resolved.person(enquiries.person());
        if (person != null && person.contact() == null) {
            findings.report(enquiries.at(), null, "the plan's contact for enquiries, " + person.id()
                    + ", has no email address or telephone number",
                    "add `contact: {email: ..., phone: ...}` to " + person.id() + " in people.yaml");
        }
    }

    private static void check(Contact contact, String of, String subject, Findings findings) {
        if (isBlank(contact.email()) && isBlank(contact.phone())) {
            findings.report(contact.at(), subject, "the contact of " + of + " has no email address or telephone number",
                    "write `email:`, `phone:` or both");
            return;
        }
        if (!isBlank(contact.email()) && !isEmail(contact.email().value().strip())) {
            findings.report(contact.email().at(), subject, "the email address of " + of + ", `"
                    + Excerpt.of(contact.email().value()) + "`, is not an email address",
                    "write one address, such as send@exampleshire.gov.uk: a name, one @ and a domain");
        }
        if (!isBlank(contact.phone()) && !isPhone(contact.phone().value().strip())) {
            findings.report(contact.phone().at(), subject, "the telephone number of " + of + ", `"
                    + Excerpt.of(contact.phone().value()) + "`, is not a telephone number",
                    "write one number of 10 to 15 digits, with spaces if you like: 01926 410410 or +44 1926 410410");
        }
    }

    private static boolean isBlank(Text text) {
        return text == null || text.isBlank();
    }

    /** A local part of the usual characters, one @, and a domain of two or more dotted labels. */
    static boolean isEmail(String address) {
        int at = address.indexOf('@');
        if (address.length() > MAX_EMAIL || at <= 0 || at != address.lastIndexOf('@')) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = address.charAt(i);
            if (!(isAsciiLetterOrDigit(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0)) {
                return false;
            }
        }
        int labels = 0;
        int labelStart = at + 1;
        for (int i = at + 1; i <= address.length(); i++) {
            if (i == address.length() || address.charAt(i) == '.') {
                if (i == labelStart || address.charAt(labelStart) == '-' || address.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                labelStart = i + 1;
            } else if (!isAsciiLetterOrDigit(address.charAt(i)) && address.charAt(i) != '-') {
                return false;
            }
        }
        return labels >= 2;
    }

    /** Digits, spaces, hyphens and brackets, a + only first, and 10 to 15 digits (ITU-T E.164). */
    static boolean isPhone(String number) {
        int digits = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!(c == ' ' || c == '-' || c == '(' || c == ')' || c == '+' && i == 0)) {
                return false;
            }
        }
        return digits >= 10 && digits <= 15;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
