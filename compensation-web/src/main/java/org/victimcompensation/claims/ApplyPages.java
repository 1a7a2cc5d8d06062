package org.victimcompensation.claims;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.victimcompensation.pages.Page;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.victimcompensation.domain.claim.ApplicantRole;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.GenderIdentity;
import org.victimcompensation.domain.claim.RaceEthnicity;
import org.victimcompensation.domain.claim.VerificationSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The survivor's online application: a few questions per page, each page saved as a server-side
 * draft, a review page, then the same intake as the API. Works without JavaScript; nothing personal
 * ever goes into a URL (every answer is posted).
 */
@Controller
@Page
class ApplyPages {

    static final String DRAFT_ID = "draftId";
    static final String DRAFT_CODE = "draftCode";
    static final String CLAIM_REFERENCE = "claimReference";

    private static final List<String> STEPS = List.of("about-you", "contact", "what-happened", "costs");
    private static final Map<String, String> TEMPLATES = Map.of("about-you", "survivor/apply-about",
            "contact", "survivor/apply-contact", "what-happened", "survivor/apply-crime", "costs", "survivor/apply-costs");

    /** The label of each field, so the error summary says which answer needs fixing. */
    private static final Map<String, String> FIELD_LABELS = fieldLabels();

    private final ApplicationDrafts drafts;
    private final Claims claims;
    private final Validator validator;

    ApplyPages(ApplicationDrafts drafts, Claims claims, Validator validator) {
        this.drafts = drafts;
        this.claims = claims;
        this.validator = validator;
    }

    @GetMapping("/")
    String home() {
        return "survivor/home";
    }

    @GetMapping("/apply")
    String start(HttpSession session, Locale locale) {
        if (session.getAttribute(DRAFT_ID) == null) {
            ApplicationDrafts.Started draft = drafts.start();
            drafts.save(draft.id(), Map.of("preferredLanguage", "es".equals(locale.getLanguage()) ? "es" : "en"));
            session.setAttribute(DRAFT_ID, draft.id());
            session.setAttribute(DRAFT_CODE, draft.code());
        }
        return "redirect:/apply/about-you";
    }

    @PostMapping("/apply/resume")
    String resume(@RequestParam(defaultValue = "") String draftCode, HttpServletRequest request, HttpSession session,
                  RedirectAttributes redirect) {
        var found = drafts.find(draftCode);
        if (found.isEmpty()) {
            redirect.addFlashAttribute("resumeNotFound", true);
            return "redirect:/";
        }
        request.changeSessionId(); // a session id planted before the code was given cannot read the draft
        session.setAttribute(DRAFT_ID, found.get());
        session.setAttribute(DRAFT_CODE, draftCode.strip().toUpperCase(Locale.ROOT));
        Map<String, String> answers = drafts.answers(found.get());
        int done = STEPS.indexOf(answers.getOrDefault("_lastStep", "")) + 1;
        return done >= STEPS.size() ? "redirect:/apply/review" : "redirect:/apply/" + STEPS.get(done);
    }

    @GetMapping("/apply/{step:about-you|contact|what-happened|costs}")
    String step(@PathVariable String step, HttpSession session, Model model) {
        UUID draft = (UUID) session.getAttribute(DRAFT_ID);
        if (draft == null) {
            return "redirect:/apply";
        }
        return page(step, drafts.answers(draft), Map.of(), session, model);
    }

    @PostMapping("/apply/{step:about-you|contact|what-happened|costs}")
    String save(@PathVariable String step, @RequestParam MultiValueMap<String, String> form, HttpSession session, Model model) {
        UUID draft = (UUID) session.getAttribute(DRAFT_ID);
        if (draft == null) {
            return "redirect:/apply";
        }
        Map<String, String> answers = drafts.answers(draft);
        for (String field : DraftAnswers.FIELDS_BY_STEP.get(step)) {
            String value = form.getFirst(field);
            if (value == null || value.isBlank()) {
                answers.remove(field);
            } else {
                answers.put(field, value.length() > 5000 ? value.substring(0, 5000) : value);
            }
        }
        Map<String, String> problems = DraftAnswers.problems(answers, validator, step);
        if (problems.isEmpty() && STEPS.indexOf(step) > STEPS.indexOf(answers.getOrDefault("_lastStep", ""))) {
            answers.put("_lastStep", step); // the last page completed: resuming continues after it
        }
        drafts.save(draft, answers);
        if (!problems.isEmpty()) {
            return page(step, answers, problems, session, model);
        }
        int next = STEPS.indexOf(step) + 1;
        return next < STEPS.size() ? "redirect:/apply/" + STEPS.get(next) : "redirect:/apply/review";
    }

    @GetMapping("/apply/review")
    String review(HttpSession session, Model model) {
        UUID draft = (UUID) session.getAttribute(DRAFT_ID);
        if (draft == null) {
            return "redirect:/apply";
        }
        Map<String, String> answers = drafts.answers(draft);
        model.addAttribute("errors", DraftAnswers.problems(answers, validator));
        model.addAttribute("fieldLabels", FIELD_LABELS);
        model.addAttribute("review", ReviewSections.of(answers));
        model.addAttribute("draftCode", session.getAttribute(DRAFT_CODE));
        return "survivor/apply-review";
    }

    @PostMapping("/apply/submit")
    String submit(HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
        UUID draft = (UUID) session.getAttribute(DRAFT_ID);
        if (draft == null) {
            return "redirect:/apply";
        }
        Map<String, String> answers = drafts.answers(draft);
        if (!DraftAnswers.problems(answers, validator).isEmpty()) {
            return "redirect:/apply/review";
        }
        // Keyed by the draft: a double-click or a retried post makes one claim, not two.
        Claims.Submitted submitted = claims.submit(DraftAnswers.application(answers),
                new Claims.Intake("draft:" + draft, claims.bodyHash(new java.util.TreeMap<>(answers).toString())));
        drafts.delete(draft);
        session.removeAttribute(DRAFT_ID);
        session.removeAttribute(DRAFT_CODE);
        request.changeSessionId(); // the session now opens a claim: not under an id anyone saw before
        session.setAttribute(CLAIM_REFERENCE, submitted.reference());
        redirect.addFlashAttribute("reference", submitted.reference());
        redirect.addFlashAttribute("accessCode", submitted.accessCode());
        return "redirect:/apply/done";
    }

    @GetMapping("/apply/done")
    String done(Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/status";
        }
        return "survivor/apply-done";
    }

    private String page(String step, Map<String, String> answers, Map<String, String> problems, HttpSession session,
                        Model model) {
        model.addAttribute("answers", answers);
        model.addAttribute("errors", problems);
        model.addAttribute("draftCode", session.getAttribute(DRAFT_CODE));
        model.addAttribute("fieldLabels", FIELD_LABELS);
        model.addAttribute("roles", names(ApplicantRole.values()));
        model.addAttribute("crimeTypes", names(CrimeType.values()));
        model.addAttribute("verificationSources", names(VerificationSource.values()));
        model.addAttribute("categories", names(ExpenseCategory.values()));
        model.addAttribute("genderIdentities", names(GenderIdentity.values()));
        model.addAttribute("raceEthnicities", names(RaceEthnicity.values()));
        return TEMPLATES.get(step);
    }

    private static Map<String, String> fieldLabels() {
        Map<String, String> labels = new java.util.HashMap<>(Map.of(
                "firstName", "apply.about.firstName", "lastName", "apply.about.lastName",
                "dateOfBirth", "apply.about.dateOfBirth", "applicantRole", "apply.about.role",
                "victimFirstName", "apply.about.victimFirstName", "victimLastName", "apply.about.victimLastName",
                "victimDateOfBirth", "apply.about.victimDateOfBirth", "phone", "apply.contact.phoneNumber",
                "email", "apply.contact.emailAddress", "crimeType", "apply.crime.type"));
        labels.putAll(Map.of("occurredOn", "apply.crime.occurredOn", "state", "apply.crime.state",
                "verificationSource", "apply.crime.verification", "providerName", "apply.crime.providerName",
                "genderIdentity", "apply.about.gender",
                DraftAnswers.RACE_PREFIX + RaceEthnicity.PREFER_NOT_TO_SAY.name(), "apply.about.race"));
        for (int line = 1; line <= DraftAnswers.EXPENSE_LINES; line++) {
            labels.put("expense" + line + "Category", "apply.costs.category");
            labels.put("expense" + line + "Amount", "apply.costs.amount");
            labels.put("expense" + line + "Payee", "apply.costs.payee");
            labels.put("expense" + line + "ProviderName", "apply.costs.providerName");
        }
        return Map.copyOf(labels);
    }

    private static List<String> names(Enum<?>[] values) {
        return new ArrayList<>(Arrays.stream(values).map(Enum::name).toList());
    }
}
