package org.victimcompensation.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The review page: the answers grouped as they were asked, each group with a link to change it. */
final class ReviewSections {

    record Item(String label, String value) {
    }

    record Section(String heading, String changeUrl, List<Item> items) {
    }

    private ReviewSections() {
    }

    static List<Section> of(Map<String, String> answers) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("apply.step.about", "/apply/about-you", List.of(
                new Item("apply.about.firstName", answers.get("firstName")),
                new Item("apply.about.lastName", answers.get("lastName")),
                new Item("apply.about.dateOfBirth", answers.get("dateOfBirth")),
                new Item("apply.about.victimFirstName", answers.get("victimFirstName")),
                new Item("apply.about.victimLastName", answers.get("victimLastName")))));
        sections.add(new Section("apply.step.contact", "/apply/contact", List.of(
                new Item("apply.contact.phoneNumber", answers.get("phone")),
                new Item("apply.contact.emailAddress", answers.get("email")))));
        sections.add(new Section("apply.step.crime", "/apply/what-happened", List.of(
                new Item("apply.crime.occurredOn", answers.get("occurredOn")),
                new Item("apply.crime.state", answers.get("state")),
                new Item("apply.crime.providerName", answers.get("providerName")))));
        List<Item> costs = new ArrayList<>();
        for (int line = 1; line <= DraftAnswers.EXPENSE_LINES; line++) {
            String amount = answers.get("expense" + line + "Amount");
            if (amount != null) {
                costs.add(new Item("apply.costs.amount", "$" + amount
                        + (answers.get("expense" + line + "ProviderName") != null ? " (" + answers.get("expense" + line + "ProviderName") + ")" : "")));
            }
        }
        sections.add(new Section("apply.step.costs", "/apply/costs", costs));
        return sections;
    }
}
