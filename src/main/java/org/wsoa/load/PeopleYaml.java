package org.wsoa.load;

import java.util.List;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.Organisation;
import org.wsoa.model.OrganisationType;
import org.wsoa.model.Person;
import org.wsoa.model.SourceRef;

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
                    org.choice("type", true, OrganisationType.values(), OrganisationType::code), org.at());
            org.finish();
            return read;
        });
        List<Person> people = file.list("people", true, node -> {
            MappingReader person = MappingReader.of(node, fileAt, "a person", diagnostics);
            String id = person.elementId("id", true);
            person = person.named(id == null ? "a person" : "person " + id, id);
            Person read = new Person(id, person.text("name", true), person.text("role", true),
                    person.ref("organisation", true), person.at());
            person.finish();
            return read;
        });
        file.finish();
        return new People(organisations, people);
    }
}
