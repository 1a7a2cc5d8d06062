package org.victimcompensation.review;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.victimcompensation.pages.Page;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.FieldError;
import org.victimcompensation.api.ForbiddenException;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.process.QueueOrder;
import org.victimcompensation.process.ReviewOutcome;
import org.victimcompensation.process.WorkItem;
import org.victimcompensation.security.CurrentStaff;
import org.victimcompensation.security.StaffRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Locale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The staff console's claim work: the queue, the claim file and the decision forms. Every form goes
 * through the same decision services as the API, with the same rules and audit entries.
 */
@Controller
@Page
class StaffPages {

    private final ClaimWorkQueue queue;
    private final ClaimFile claimFile;
    private final EmergencyDecisions emergencies;
    private final Reviews reviews;
    private final SupervisorDecisions supervisors;
    private final MessageSource messages;

    StaffPages(ClaimWorkQueue queue, ClaimFile claimFile, EmergencyDecisions emergencies, Reviews reviews,
               SupervisorDecisions supervisors, MessageSource messages) {
        this.emergencies = emergencies;
        this.reviews = reviews;
        this.supervisors = supervisors;
        this.messages = messages;
        this.queue = queue;
        this.claimFile = claimFile;
    }

    @GetMapping("/staff/login")
    String login() {
        return "staff/login";
    }

    @GetMapping("/staff")
    String queue(@RequestParam(defaultValue = "due") String sort, Model model) {
        Set<StaffRole> roles = CurrentStaff.roles();
        if (!roles.contains(StaffRole.CASEWORKER) && !roles.contains(StaffRole.SUPERVISOR)) {
            return "redirect:/staff/payments";
        }
        List<WorkItem> items = queue.open(sort.equals("priority") ? QueueOrder.PRIORITY : QueueOrder.DUE);
        model.addAttribute("items", items);
        model.addAttribute("sort", sort.equals("priority") ? "staff.queue.sortPriority" : "staff.queue.sortDue");
        return "staff/queue";
    }

    @GetMapping("/staff/claims/{reference}")
    String claim(@PathVariable String reference, Model model) {
        ClaimFile.View file = claimFile.read(reference, CurrentStaff.username());
        model.addAttribute("file", file);
        model.addAttribute("open", file.openTasks().stream().map(w -> w.taskType().name()).toList());
        model.addAttribute("categories", Arrays.stream(ExpenseCategory.values()).map(Enum::name).toList());
        model.addAttribute("reasons", Arrays.stream(DenialReason.values()).map(Enum::name).toList());
        return "staff/claim";
    }

    @GetMapping("/staff/claims/{reference}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable UUID documentId) {
        return DocumentDownloads.of(claimFile.document(reference, documentId, CurrentStaff.username()));
    }

    @PostMapping("/staff/claims/{reference}/emergency-decision")
    String emergency(@PathVariable String reference, @RequestParam(defaultValue = "false") boolean approve,
                     @RequestParam(required = false) String category, @RequestParam(defaultValue = "") String amount,
                     @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return act(reference, redirect, "staff.done.emergency", () -> emergencies.decide(reference,
                new StaffRequests.EmergencyDecision(approve, approve ? money("amount", amount) : null,
                        approve && category != null ? ExpenseCategory.valueOf(category) : null, note),
                CurrentStaff.username()));
    }

    @PostMapping("/staff/claims/{reference}/review")
    String review(@PathVariable String reference, @RequestParam MultiValueMap<String, String> form,
                  RedirectAttributes redirect) {
        return act(reference, redirect, "staff.done.review", () -> {
            ReviewOutcome decision = ReviewOutcome.valueOf(form.getFirst("decision"));
            List<StaffRequests.AwardRequest> awards = new ArrayList<>();
            if (decision == ReviewOutcome.APPROVE) {
                for (ExpenseCategory category : ExpenseCategory.values()) {
                    String value = form.getFirst("award_" + category.name());
                    if (value != null && !value.isBlank()) {
                        awards.add(new StaffRequests.AwardRequest(category, money("award_" + category, value)));
                    }
                }
            }
            String reason = form.getFirst("reasonCode");
            return reviews.review(reference, new StaffRequests.Review(decision,
                            decision == ReviewOutcome.DENY && reason != null && !reason.isBlank() ? DenialReason.valueOf(reason) : null,
                            awards, form.getFirst("note") == null ? "" : form.getFirst("note")),
                    CurrentStaff.username());
        });
    }

    @PostMapping("/staff/claims/{reference}/approval")
    String approval(@PathVariable String reference, @RequestParam(defaultValue = "false") boolean approve,
                    @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return act(reference, redirect, "staff.done.approval", () ->
                supervisors.decide(reference, new StaffRequests.Approval(approve, note), CurrentStaff.username()));
    }

    /** Runs a decision; a refusal becomes a message on the claim page, in words a person can act on. */
    private String act(String reference, RedirectAttributes redirect, String success, Supplier<Object> decision) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            decision.get();
            redirect.addFlashAttribute("done", messages.getMessage(success, null, locale));
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.errors().stream()
                    .map(FieldError::message).map(m -> m.substring(0, 1).toUpperCase() + m.substring(1))
                    .collect(Collectors.joining(". ")) + ".");
        } catch (ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("staff.problem.value", null, locale));
        }
        return "redirect:/staff/claims/" + reference;
    }

    private static Money money(String field, String text) {
        try {
            return Money.parse(text.strip().replace(",", "").replace("$", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "amounts are written like 1234.50");
        }
    }
}
