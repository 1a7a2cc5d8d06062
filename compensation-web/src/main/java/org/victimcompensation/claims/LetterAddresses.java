package org.victimcompensation.claims;

import org.springframework.stereotype.Component;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.letters.MailingAddresses;
import org.victimcompensation.letters.PrintSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Where a claim's letters are mailed: nowhere when the survivor said mail is unsafe or gave no address;
 * for an Address Confidentiality Program participant, the program's substitute address with their
 * participant code ({@code compensation.letters.print.acp-substitute-address}, lines separated by
 * semicolons), never an address they typed; otherwise the mailing address on file.
 */
@Component
class LetterAddresses implements MailingAddresses {

    private final ClaimStore store;
    private final List<String> acpSubstituteAddress;

    LetterAddresses(ClaimStore store, PrintSettings settings) {
        this.store = store;
        this.acpSubstituteAddress = Arrays.stream(settings.acpSubstituteAddress().split(";")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    @Override
    public MailTo of(UUID claimId) {
        var applicant = store.find(claimId).orElseThrow().application().applicant();
        if (!applicant.safeContact().mail()) {
            return new Withheld("MAIL_UNSAFE");
        }
        String name = applicant.firstName() + " " + applicant.lastName();
        String acpCode = applicant.acpParticipantCode();
        if (acpCode != null && !acpCode.isBlank()) {
            if (!acpSubstituteAddress.isEmpty()) {
                List<String> lines = new ArrayList<>(List.of(name, "ACP " + acpCode.strip()));
                lines.addAll(acpSubstituteAddress);
                return new Address(lines);
            }
            // Without the program's substitute address configured, the one on file is the substitute the
            // participant gave (the form asks only for that): used, with the code the ACP sorts by.
            return applicant.mailingAddress() == null ? new Withheld("NO_ADDRESS")
                    : new Address(withName(List.of(name, "ACP " + acpCode.strip()), applicant.mailingAddress()));
        }
        return applicant.mailingAddress() == null ? new Withheld("NO_ADDRESS")
                : new Address(withName(List.of(name), applicant.mailingAddress()));
    }

    private static List<String> withName(List<String> head, ClaimApplication.MailingAddress address) {
        List<String> lines = new ArrayList<>(head);
        lines.add(address.line1());
        if (address.line2() != null && !address.line2().isBlank()) {
            lines.add(address.line2());
        }
        lines.add(address.city() + ", " + address.state() + " " + address.postalCode());
        return lines;
    }
}
