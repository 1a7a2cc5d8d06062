package org.victimcompensation.claims;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.victimcompensation.awards.Awards;
import org.victimcompensation.infra.crypto.FieldCipher;
import org.victimcompensation.domain.claim.ApplicantRole;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.CrimeSubType;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.GenderIdentity;
import org.victimcompensation.domain.claim.RaceEthnicity;
import org.victimcompensation.domain.claim.VerificationSource;
import org.victimcompensation.pages.Page;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
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
    private static final String SESSION_CODE = "session.code";
    static final String CLAIM_REFERENCE = "claimReference";

    private static final List<String> STEPS = List.of("about-you", "contact", "what-happened", "costs");
    private static final Map<String, String> TEMPLATES = Map.of("about-you", "survivor/apply-about",
            "contact", "survivor/apply-contact", "what-happened", "survivor/apply-crime", "costs", "survivor/apply-costs");

    /**
     * Who can confirm what happened: the people survivors most often already see come first; the
     * police are one choice among many, and "no one yet" is a choice too.
     */
    private static final List<String> CONFIRMERS = List.of(VerificationSource.MEDICAL_PROVIDER,
                    VerificationSource.MENTAL_HEALTH_PROVIDER, VerificationSource.VICTIM_ADVOCATE,
                    VerificationSource.SHELTER_OR_DV_PROGRAM, VerificationSource.FORENSIC_EXAM,
                    VerificationSource.PROTECTIVE_ORDER, VerificationSource.PROTECTIVE_SERVICES, VerificationSource.TITLE_IX,
                    VerificationSource.WITNESS_AFFIDAVIT, VerificationSource.POLICE_REPORT, VerificationSource.OTHER,
                    VerificationSource.NOT_YET).stream().map(Enum::name).toList();

    /** States, the District of Columbia and the territories, by postal code. */
    private static final List<String> STATES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI");

    /** The label of each field, so the error summary says which answer needs fixing. */
    private static final Map<String, String> FIELD_LABELS = fieldLabels();

    record Option(String value, String label) {
    }

    private final ApplicationDrafts drafts;
    private final Claims claims;
    private final Awards awards;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;
    private final FieldCipher cipher;

    ApplyPages(ApplicationDrafts drafts, Claims claims, Awards awards, Validator validator, MessageSource messages,
               Clock clock, FieldCipher cipher) {
        this.cipher = cipher;
        this.drafts = drafts;
        this.claims = claims;
        this.awards = awards;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
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
            session.setAttribute(DRAFT_CODE, sealed(draft.code()));
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
        session.setAttribute(DRAFT_CODE, sealed(draftCode.strip().toUpperCase(Locale.ROOT)));
        Map<String, String> answers = drafts.answers(found.get());
        int done = STEPS.indexOf(answers.getOrDefault("_lastStep", "")) + 1;
        return done >= STEPS.size() ? "redirect:/apply/review" : "redirect:/apply/" + STEPS.get(done);
    }

    /** {@code from=review}: the survivor came from a Change link, and saving goes back to the review. */
    @GetMapping("/apply/{step:about-you|contact|what-happened|costs}")
    String step(@PathVariable String step, @RequestParam(required = false) String from, HttpSession session,
                Locale locale, Model model) {
        UUID draft = (UUID) session.getAttribute(DRAFT_ID);
        if (draft == null) {
            return "redirect:/apply";
        }
        model.addAttribute("fromReview", "review".equals(from));
        return page(step, drafts.answers(draft), Map.of(), locale, model);
    }

    @PostMapping("/apply/{step:about-you|contact|what-happened|costs}")
    String save(@PathVariable String step, @RequestParam MultiValueMap<String, String> form, HttpSession session,
                Locale locale, Model model) {
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
        if (form.containsKey("later")) {
            return "redirect:/apply/saved"; // kept as given, problems and all, to finish another time
        }
        boolean fromReview = "review".equals(form.getFirst("from"));
        if (!problems.isEmpty()) {
            model.addAttribute("fromReview", fromReview);
            return page(step, answers, problems, locale, model);
        }
        int next = STEPS.indexOf(step) + 1;
        return fromReview || next >= STEPS.size() ? "redirect:/apply/review" : "redirect:/apply/" + STEPS.get(next);
    }

    /** The draft code, given once the survivor chooses to come back later, with its expiry and how to keep it. */
    @GetMapping("/apply/saved")
    String saved(HttpSession session, Locale locale, Model model) {
        if (session.getAttribute(DRAFT_ID) == null) {
            return "redirect:/apply";
        }
        model.addAttribute("draftCode", opened((String) session.getAttribute(DRAFT_CODE)));
        model.addAttribute("keptUntil", DatesInWords.day(LocalDate.ofInstant(clock.instant().plus(ApplicationDrafts.KEPT_FOR),
                ZoneOffset.UTC), locale));
        return "survivor/apply-saved";
    }

    @GetMapping("/apply/review")
    String review(HttpSession session, Locale locale, Model model) {
        UUID draft = (UUID) session.getAttribute(DRAFT_ID);
        if (draft == null) {
            return "redirect:/apply";
        }
        Map<String, String> answers = drafts.answers(draft);
        model.addAttribute("errors", DraftAnswers.problems(answers, validator));
        model.addAttribute("fieldLabels", FIELD_LABELS);
        model.addAttribute("errorSteps", errorSteps());
        model.addAttribute("review", ReviewSections.of(answers, messages, locale));
        return "survivor/apply-review";
    }

    @PostMapping("/apply/submit")
    String submit(HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
        UUID draft = (UUID) session.getAttribute(DRAFT_ID);
        if (draft == null) {
            return "redirect:/apply";
        }
        if (!drafts.exists(draft)) {
            return "redirect:/status"; // the draft is gone: another click of this button already sent it
        }
        Map<String, String> answers = drafts.answers(draft);
        if (!DraftAnswers.problems(answers, validator).isEmpty()) {
            return "redirect:/apply/review";
        }
        ClaimApplication application = DraftAnswers.application(answers);
        // Keyed by the draft: a double-click or a retried post makes one claim, not two.
        Claims.Submitted submitted = claims.submit(application,
                new Claims.Intake("draft:" + draft, claims.bodyHash(new java.util.TreeMap<>(answers).toString())));
        drafts.delete(draft);
        session.removeAttribute(DRAFT_ID);
        session.removeAttribute(DRAFT_CODE);
        request.changeSessionId(); // the session now opens a claim: not under an id anyone saw before
        session.setAttribute(CLAIM_REFERENCE, submitted.reference());
        redirect.addFlashAttribute("reference", submitted.reference());
        redirect.addFlashAttribute("sealedAccessCode", sealed(submitted.accessCode()));
        redirect.addFlashAttribute("safeWays", safeWays(application.applicant().safeContact()));
        if (application.emergencyAwardRequested()) {
            redirect.addFlashAttribute("emergencyDays", awards.schedules()
                    .inForceOn(application.crime().occurredOn()).emergencyDueBusinessDays());
        }
        return "redirect:/apply/done";
    }

    @GetMapping("/apply/done")
    String done(Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/status";
        }
        model.addAttribute("accessCode", opened((String) model.getAttribute("sealedAccessCode")));
        return "survivor/apply-done";
    }

    /**
     * Sessions (and flash messages) are stored in the database with every node sharing them: a code
     * kept there is sealed like any personal value, so the session table holds nothing that opens a
     * draft or a claim.
     */
    private String sealed(String code) {
        return cipher.seal(code, SESSION_CODE);
    }

    private String opened(String sealed) {
        return sealed == null ? null : cipher.open(sealed, SESSION_CODE);
    }

    /** The message keys of the ways the survivor said are safe: the program uses only these. */
    private static List<String> safeWays(ClaimApplication.SafeContact safe) {
        List<String> ways = new ArrayList<>();
        if (safe.mail()) {
            ways.add("apply.contact.mail");
        }
        if (safe.phone()) {
            ways.add("apply.contact.phone");
        }
        if (safe.text()) {
            ways.add("apply.contact.text");
        }
        if (safe.voicemail()) {
            ways.add("apply.contact.voicemail");
        }
        if (safe.email()) {
            ways.add("apply.contact.email");
        }
        return ways;
    }

    private String page(String step, Map<String, String> answers, Map<String, String> problems, Locale locale,
                        Model model) {
        model.addAttribute("answers", answers);
        model.addAttribute("errors", problems);
        model.addAttribute("fieldLabels", FIELD_LABELS);
        model.addAttribute("roles", names(ApplicantRole.values()));
        List<String> crimeTypes = names(CrimeType.values());
        crimeTypes.add(DraftAnswers.NOT_SURE);
        model.addAttribute("crimeTypes", crimeTypes);
        List<String> crimeSubTypes = names(CrimeSubType.values());
        crimeSubTypes.add(DraftAnswers.NOT_SURE);
        model.addAttribute("crimeSubTypes", crimeSubTypes);
        model.addAttribute("verificationSources", CONFIRMERS);
        model.addAttribute("categories", names(ExpenseCategory.values()));
        model.addAttribute("genderIdentities", names(GenderIdentity.values()));
        model.addAttribute("raceEthnicities", names(RaceEthnicity.values()));
        model.addAttribute("states", STATES);
        model.addAttribute("months", Arrays.stream(Month.values())
                .map(m -> new Option(String.valueOf(m.getValue()), m.getDisplayName(TextStyle.FULL_STANDALONE, locale)))
                .toList());
        return TEMPLATES.get(step);
    }

    /** The page of each field with an error, so the review's error summary links to where it is fixed. */
    private static Map<String, String> errorSteps() {
        Map<String, String> steps = new java.util.HashMap<>();
        DraftAnswers.FIELDS_BY_STEP.forEach((step, fields) -> fields.forEach(field ->
                steps.put(field.replaceFirst("(?<=.)(Month|Day|Year)$", ""), step)));
        return Map.copyOf(steps);
    }

    private static Map<String, String> fieldLabels() {
        Map<String, String> labels = new java.util.HashMap<>(Map.of(
                "firstName", "apply.about.firstName", "lastName", "apply.about.lastName",
                "dateOfBirth", "apply.about.dateOfBirth", "applicantRole", "apply.about.role",
                "victimFirstName", "apply.about.victimFirstName", "victimLastName", "apply.about.victimLastName",
                "victimDateOfBirth", "apply.about.victimDateOfBirth", "phone", "apply.contact.phoneNumber",
                "email", "apply.contact.emailAddress", "crimeType", "apply.crime.type"));
        labels.putAll(Map.of("occurredOn", "apply.crime.occurredOn", "occurredUntil", "apply.crime.occurredUntil",
                "state", "apply.crime.state", "verificationSource", "apply.crime.verification",
                "providerName", "apply.crime.providerName", "genderIdentity", "apply.about.gender",
                DraftAnswers.RACE_PREFIX + RaceEthnicity.PREFER_NOT_TO_SAY.name(), "apply.about.race",
                "addressLine1", "apply.contact.addressLine1", "addressCity", "apply.contact.addressCity",
                "addressPostalCode", "apply.contact.addressPostalCode"));
        labels.putAll(Map.of("addressLine2", "apply.contact.addressLine2", "addressState", "apply.contact.addressState",
                "acpCode", "apply.contact.acpCode"));
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
