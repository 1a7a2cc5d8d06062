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
import org.springframework.web.util.UriComponentsBuilder;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.FieldError;
import org.victimcompensation.api.ForbiddenException;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.fairprocess.GoodCauseGround;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.pages.ConsoleFormat;
import org.victimcompensation.process.ProcessHistoryEntry;
import org.victimcompensation.process.ReviewOutcome;
import org.victimcompensation.process.WorkItemType;
import org.victimcompensation.process.WorkQueuePage;
import org.victimcompensation.security.CurrentStaff;
import org.victimcompensation.security.StaffRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
    private final ClaimAssignments assignments;
    private final ClaimSearch search;
    private final ClaimNotes notes;
    private final FairProcessRecords fairProcess;
    private final ConsoleFormat consoleFormat;

    StaffPages(ClaimWorkQueue queue, ClaimFile claimFile, EmergencyDecisions emergencies, Reviews reviews,
               SupervisorDecisions supervisors, MessageSource messages, ClaimAssignments assignments,
               ClaimSearch search, ClaimNotes notes, FairProcessRecords fairProcess, ConsoleFormat consoleFormat) {
        this.fairProcess = fairProcess;
        this.consoleFormat = consoleFormat;
        this.notes = notes;
        this.search = search;
        this.assignments = assignments;
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

    /**
     * The queue a page at a time. {@code view} is all work, "mine" or "unassigned" (the side
     * navigation); the other filters are the API's.
     */
    @GetMapping("/staff")
    String queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "due") String sort,
                 @RequestParam(defaultValue = "all") String view, @RequestParam(required = false) WorkItemType type,
                 @RequestParam(required = false) Boolean emergency, @RequestParam(required = false) Boolean overdue,
                 @RequestParam(required = false) String claimReference, @RequestParam(required = false) String team,
                 @RequestParam(required = false) ClaimStatus status, @RequestParam(required = false) CrimeType crimeType,
                 Model model) {
        Set<StaffRole> roles = CurrentStaff.roles();
        if (!roles.contains(StaffRole.CASEWORKER) && !roles.contains(StaffRole.SUPERVISOR)) {
            return "redirect:/staff/payments";
        }
        String assignee = switch (view) {
            case "mine" -> "me";
            case "unassigned" -> "none";
            default -> null;
        };
        ClaimWorkQueue.Filters filters = new ClaimWorkQueue.Filters(sort, type, assignee, emergency, overdue, claimReference,
                team, status, crimeType);
        WorkQueuePage found = queue.page(filters, page, ClaimWorkQueue.PAGE_SIZE);
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/staff").queryParam("view", view).queryParam("sort", sort);
        if (type != null) {
            link.queryParam("type", type);
        }
        if (emergency != null) {
            link.queryParam("emergency", emergency);
        }
        if (overdue != null) {
            link.queryParam("overdue", overdue);
        }
        if (claimReference != null && !claimReference.isBlank()) {
            link.queryParam("claimReference", claimReference.strip());
        }
        if (team != null && !team.isBlank()) {
            link.queryParam("team", team.strip());
        }
        if (status != null) {
            link.queryParam("status", status);
        }
        if (crimeType != null) {
            link.queryParam("crimeType", crimeType);
        }
        model.addAttribute("items", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("page", page);
        int pages = (int) Math.max(1, (found.total() + ClaimWorkQueue.PAGE_SIZE - 1) / ClaimWorkQueue.PAGE_SIZE);
        model.addAttribute("pages", pages);
        // Numbered links around the current page (USWDS pagination), plus previous and next.
        model.addAttribute("nearby", IntStream.rangeClosed(Math.max(0, page - 2), Math.min(pages - 1, page + 2))
                .boxed().toList());
        model.addAttribute("link", link.encode().toUriString());
        model.addAttribute("view", view);
        model.addAttribute("filters", filters);
        model.addAttribute("types", WorkItemType.values());
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("crimeTypes", CrimeType.values());
        model.addAttribute("teams", queue.teamNames());
        model.addAttribute("sortKey", "staff.queue.sort." + filters.sort());
        if (roles.contains(StaffRole.SUPERVISOR)) {
            model.addAttribute("load", assignments.teamLoad(CurrentStaff.username()));
            model.addAttribute("teamMembers", assignments.teamMembers(CurrentStaff.username()));
        }
        return "staff/queue";
    }

    /**
     * A supervisor gives the claims ticked in the queue to one person; claims someone else holds are
     * named in the answer and stay with them, unless the supervisor ticked "reassign" (the API's
     * {@code reassign}).
     */
    @PostMapping("/staff/assignments")
    String assignAll(@RequestParam(name = "claimReference", required = false) List<String> references,
                     @RequestParam(defaultValue = "") String username,
                     @RequestParam(defaultValue = "false") boolean reassign, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        if (references == null || references.isEmpty() || username.isBlank()) {
            redirect.addFlashAttribute("problem", messages.getMessage("staff.bulk.incomplete", null, locale));
            return "redirect:/staff";
        }
        try {
            ClaimAssignments.BulkResult result = assignments.assignAll(
                    new StaffRequests.BulkAssignment(username.strip(), references, reassign), CurrentStaff.username());
            redirect.addFlashAttribute("done", messages.getMessage("staff.bulk.done",
                    new Object[] {result.assigned().size() + result.unchanged().size(), result.username()}, locale));
            if (!result.held().isEmpty()) {
                redirect.addFlashAttribute("problem", messages.getMessage("staff.bulk.held", new Object[] {
                        result.held().stream().map(h -> h.reference() + " (" + h.assignee() + ")")
                                .collect(Collectors.joining(", "))}, locale));
            }
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("staff.bulk.unknown", null, locale));
        }
        return "redirect:/staff";
    }

    @GetMapping("/staff/search")
    String searchForm() {
        return "staff/search";
    }

    /**
     * What the search found (the same audited search as the API). Posted, never in the address: a
     * name and a birth date in a URL would end up in proxy logs and browser history.
     */
    @PostMapping("/staff/search")
    String search(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String lastName,
                  @RequestParam(defaultValue = "") String dateOfBirth, @RequestParam(defaultValue = "") String paymentReference,
                  Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("lastName", lastName);
        model.addAttribute("dateOfBirth", dateOfBirth);
        model.addAttribute("paymentReference", paymentReference);
        if (reference.isBlank() && lastName.isBlank() && dateOfBirth.isBlank() && paymentReference.isBlank()) {
            return "staff/search";
        }
        Locale locale = LocaleContextHolder.getLocale();
        try {
            LocalDate born = dateOfBirth.isBlank() ? null : LocalDate.parse(dateOfBirth.strip());
            model.addAttribute("found", search.search(new ClaimSearch.Criteria(reference, lastName, born, paymentReference),
                    CurrentStaff.username()));
        } catch (DateTimeParseException e) {
            model.addAttribute("problem", messages.getMessage("error.dateOfBirth", null, locale));
        } catch (InvalidRequestException e) {
            model.addAttribute("problem", messages.getMessage("staff.search.incomplete", null, locale));
        }
        return "staff/search";
    }

    @GetMapping("/staff/claims/{reference}")
    String claim(@PathVariable String reference, Model model) {
        ClaimFile.View file = claimFile.read(reference, CurrentStaff.username());
        model.addAttribute("file", file);
        model.addAttribute("open", file.openTasks().stream().map(w -> w.taskType().name()).toList());
        model.addAttribute("categories", Arrays.stream(ExpenseCategory.values()).map(Enum::name).toList());
        model.addAttribute("reasons", Arrays.stream(DenialReason.values()).map(Enum::name).toList());
        model.addAttribute("me", CurrentStaff.username());
        model.addAttribute("safeContact", safeContact(file.application().applicant().safeContact()));
        model.addAttribute("timeline", timeline(file));
        if (CurrentStaff.roles().contains(StaffRole.SUPERVISOR)) {
            model.addAttribute("teamMembers", assignments.teamMembers(CurrentStaff.username()));
        }
        return "staff/claim";
    }

    /** Take the claim (no user name, or one's own) or, for a supervisor, give it to the person named. */
    @PostMapping("/staff/claims/{reference}/assignee")
    String assign(@PathVariable String reference, @RequestParam(defaultValue = "") String username,
                  RedirectAttributes redirect) {
        String me = CurrentStaff.username();
        String to = username.isBlank() ? me : username.strip();
        return act(reference, redirect, "staff.done.assigned", () -> to.equals(me) ? assignments.take(reference, me)
                : assignments.assign(reference, to, me));
    }

    @PostMapping("/staff/claims/{reference}/notes")
    String note(@PathVariable String reference, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        return act(reference, redirect, "staff.done.note",
                () -> notes.add(reference, new StaffRequests.Note(text), CurrentStaff.username()));
    }

    @PostMapping("/staff/claims/{reference}/assignee/release")
    String handBack(@PathVariable String reference, RedirectAttributes redirect) {
        return act(reference, redirect, "staff.done.handedBack", () -> assignments.handBack(reference, CurrentStaff.username()));
    }

    @GetMapping("/staff/claims/{reference}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable UUID documentId) {
        return DocumentDownloads.of(claimFile.document(reference, documentId, CurrentStaff.username()));
    }

    /** The same document shown in the browser (PDF viewer, image), audited like a download. */
    @GetMapping("/staff/claims/{reference}/documents/{documentId}/view")
    ResponseEntity<byte[]> viewDocument(@PathVariable String reference, @PathVariable UUID documentId) {
        return DocumentDownloads.inline(claimFile.document(reference, documentId, CurrentStaff.username()));
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

    /** The good-cause finding on a late claim (fragment staff/fair-process); a problem is shown at its field. */
    @PostMapping("/staff/claims/{reference}/good-cause")
    String goodCause(@PathVariable String reference, @RequestParam(required = false) Boolean goodCause,
                     @RequestParam(defaultValue = "") List<String> grounds, @RequestParam(defaultValue = "") String note,
                     RedirectAttributes redirect) {
        redirect.addFlashAttribute("goodCauseForm", new GoodCauseForm(goodCause, new ArrayList<>(grounds), note));
        return actOnForm(reference, redirect, "staff.done.goodCause", "staff.goodCause.error.", () -> {
            List<GoodCauseGround> chosen = new ArrayList<>();
            for (String ground : grounds) {
                try {
                    chosen.add(GoodCauseGround.valueOf(ground));
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException("grounds", "is not a ground");
                }
            }
            return fairProcess.recordGoodCause(reference, new StaffRequests.GoodCause(goodCause, chosen, note),
                    CurrentStaff.username());
        });
    }

    /** What was typed, shown again with the problems (kept in the shared session, so serializable). */
    record GoodCauseForm(Boolean goodCause, List<String> grounds, String note) implements Serializable {
    }

    /** Information asked of a provider, with the day it is due. */
    @PostMapping("/staff/claims/{reference}/verification-requests")
    String verificationRequest(@PathVariable String reference, @RequestParam(defaultValue = "") String note,
                               @RequestParam(defaultValue = "") String dueOn, RedirectAttributes redirect) {
        redirect.addFlashAttribute("verificationForm", new LinkedHashMap<>(Map.of("note", note, "dueOn", dueOn)));
        return actOnForm(reference, redirect, "staff.done.verificationRequest", "staff.verification.error.", () -> {
            LocalDate due;
            try {
                due = LocalDate.parse(dueOn.strip());
            } catch (DateTimeParseException e) {
                due = null; // refused as missing by the request's own rules, together with any other field
            }
            return fairProcess.requestVerification(reference, new StaffRequests.VerificationRequest(note, due),
                    CurrentStaff.username());
        });
    }

    @PostMapping("/staff/claims/{reference}/verification-requests/{requestId}/answer")
    String verificationAnswer(@PathVariable String reference, @PathVariable long requestId, RedirectAttributes redirect) {
        return act(reference, redirect, "staff.done.verificationAnswer",
                () -> fairProcess.recordVerificationAnswer(reference, requestId, CurrentStaff.username()));
    }

    /**
     * Like {@link #act}, with each refused field named at its field ({@code fieldErrors}: field to the
     * message {@code errorPrefix + field} in the staff member's language) and in the summary.
     */
    private String actOnForm(String reference, RedirectAttributes redirect, String success, String errorPrefix,
                             Supplier<Object> action) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            return act(reference, redirect, success, action, true);
        } catch (InvalidRequestException e) {
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            e.errors().forEach(error -> fieldErrors.putIfAbsent(error.field(),
                    messages.getMessage(errorPrefix + error.field(), null, error.message(), locale)));
            redirect.addFlashAttribute("fieldErrors", fieldErrors);
            redirect.addFlashAttribute("problem", String.join(" ", fieldErrors.values()));
            return "redirect:/staff/claims/" + reference;
        }
    }

    /** Runs a decision; a refusal becomes a message on the claim page, in words a person can act on. */
    private String act(String reference, RedirectAttributes redirect, String success, Supplier<Object> decision) {
        return act(reference, redirect, success, decision, false);
    }

    private String act(String reference, RedirectAttributes redirect, String success, Supplier<Object> decision,
                       boolean fieldErrorsToCaller) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            decision.get();
            redirect.addFlashAttribute("done", messages.getMessage(success, null, locale));
        } catch (InvalidRequestException e) {
            if (fieldErrorsToCaller) {
                throw e;
            }
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

    /** One line of the claim's timeline: what happened in words, when, and who did it when known. */
    record TimelineRow(Instant at, String text, String actor, boolean engine) {
    }

    /** The claim's events and what the engine did, in one list, oldest first. */
    private List<TimelineRow> timeline(ClaimFile.View file) {
        Locale locale = LocaleContextHolder.getLocale();
        List<TimelineRow> rows = new ArrayList<>();
        file.history().forEach(e -> rows.add(new TimelineRow(e.at(),
                messages.getMessage("event." + e.event(), null, locale), e.actor(), false)));
        for (ProcessHistoryEntry e : file.processHistory()) {
            String subject = e.work() != null ? messages.getMessage("worktype." + e.work(), null, locale)
                    : messages.getMessage("timer." + e.timer(), null, locale);
            String due = e.due() == null ? "" : consoleFormat.dateTime(e.due());
            rows.add(new TimelineRow(e.at(), messages.getMessage("engine." + e.kind(), new Object[] {subject, due}, locale),
                    e.actor(), true));
        }
        rows.sort(Comparator.comparing(TimelineRow::at));
        return rows;
    }

    /** The ways the survivor said are safe, in words; saying none is safe is itself what staff must see. */
    private String safeContact(ClaimApplication.SafeContact safe) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> ways = new ArrayList<>();
        if (safe.mail()) {
            ways.add("mail");
        }
        if (safe.phone()) {
            ways.add("phone");
        }
        if (safe.text()) {
            ways.add("text");
        }
        if (safe.voicemail()) {
            ways.add("voicemail");
        }
        if (safe.email()) {
            ways.add("email");
        }
        return ways.isEmpty() ? messages.getMessage("safe.none", null, locale)
                : ways.stream().map(w -> messages.getMessage("safe." + w, null, locale)).collect(Collectors.joining(", "));
    }

    private static Money money(String field, String text) {
        try {
            return Money.parse(text.strip().replace(",", "").replace("$", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "amounts are written like 1234.50");
        }
    }
}
