package org.wsoa.load;

import java.util.List;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.Contact;
import org.wsoa.model.Organisation;
import org.wsoa.model.OrganisationType;
import org.wsoa.model.Person;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Succession;
import org.wsoa.model.Text;

/** Reads {@code people.yaml}: the organisations and the named people of the plan. */
final class PeopleYaml {

    record People(List<Organisation> organisations, List<Person> people) {
    }

    private final List<Diagnostic> diagnostics;

    PeopleYaml(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    People read(Node root, SourceRef fileAt) {
        MappingReader file = MappingReader.of(root, fileAt, "people.yaml", diagnostics);
        List<Organisation> organisations = file.list("organisations", true, node -> {
            MappingReader org = MappingReader.of(node, fileAt, "an organisation", diagnostics);
            String id = org.elementId("id", true);
            org = org.named(id == null ? "an organisation" : "organisation " + id, id);
            Organisation read = new Organisation(id, org.text("name", true), org.text("short-name", false),
                    org.choice("type", true, OrganisationType.values(), OrganisationType::code),
                    succession(org.mapping("succeeded-by", "the succession of " + org.what(), false)), org.at());
            org.finish();
            return read;
        });
        List<Person> people = file.list("people", true, node -> {
            MappingReader person = MappingReader.of(node, fileAt, "a person", diagnostics);
            String id = person.elementId("id", true);
            person = person.named(id == null ? "a person" : "person " + id, id);
            Person read = new Person(id, person.text("name", true), person.text("role", true),
                    person.ref("organisation", true),
                    contact(person.mapping("contact", "the contact of " + person.what(), false), false), person.at());
            person.finish();
            return read;
        });
        file.finish();
        return new People(organisations, people);
    }

    /**
     * {@code contact: {email, phone}} (and {@code name}, for the plan's own); null when absent. Shared
     * with plan.yaml's contact for enquiries.
     */
    static Contact contact(MappingReader contact, boolean named) {
        Text name = named ? contact.text("name", false) : null;
        Text email = contact.text("email", false);
        Text phone = contact.text("phone", false);
        contact.finish();
        return name == null && email == null && phone == null && !contact.isPresent()
                ? null : new Contact(name, email, phone, contact.at());
    }

    /** {@code succeeded-by: {organisation: ID, on: date}}; null when absent. */
    private static Succession succession(MappingReader succession) {
        if (!succession.has("organisation") && !succession.has("on")) {
            succession.finish();
            return null;
        }
        Succession read = new Succession(succession.ref("organisation", true), succession.date("on", true),
                succession.at());
        succession.finish();
        return read;
    }
}
