package org.victimcompensation.claims;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.victimcompensation.pages.Page;
import org.springframework.ui.Model;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.api.PayloadTooLargeException;
import org.victimcompensation.api.TooManyRequestsException;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.victimcompensation.letters.Letters;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.DocumentKind;

/**
 * A survivor checks a claim with its reference and access code (posted, never in the URL), reads the
 * decision and payments, and adds documents. Once the code is checked, the claim is remembered in the
 * session only.
 */
@Controller
@Page
class StatusPages {

    private final Claims claims;
    private final Documents documents;
    private final SurvivorStatus status;
    private final Letters letters;

    StatusPages(Claims claims, Documents documents, SurvivorStatus status, Letters letters) {
        this.letters = letters;
        this.claims = claims;
        this.documents = documents;
        this.status = status;
    }

    @GetMapping("/status")
    String form(HttpSession session) {
        return session.getAttribute(ApplyPages.CLAIM_REFERENCE) != null ? "redirect:/status/view" : "survivor/status";
    }

    @PostMapping("/status")
    String check(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String accessCode,
                 HttpServletRequest request, HttpSession session, Model model) {
        try {
            ClaimRecord claim = claims.forSurvivor(reference.strip().toUpperCase(Locale.ROOT), accessCode,
                    request.getRemoteAddr());
            request.changeSessionId(); // a session id planted before the code was given cannot read the claim
            session.setAttribute(ApplyPages.CLAIM_REFERENCE, claim.reference());
            return "redirect:/status/view";
        } catch (NotFoundException e) {
            model.addAttribute("problem", "status.notFound");
        } catch (TooManyRequestsException e) {
            model.addAttribute("problem", "status.tooMany");
        }
        return "survivor/status";
    }

    @GetMapping("/status/view")
    String view(HttpSession session, Locale locale, Model model) {
        String reference = (String) session.getAttribute(ApplyPages.CLAIM_REFERENCE);
        if (reference == null) {
            return "redirect:/status";
        }
        ClaimRecord claim = claims.find(reference).orElseThrow();
        SurvivorStatus.View view = status.of(claim);
        model.addAttribute("view", view);
        model.addAttribute("submittedOn", DatesInWords.day(LocalDate.ofInstant(view.submittedAt(), ZoneOffset.UTC), locale));
        model.addAttribute("letters", letters.list(claim.id()));
        var safe = claim.application().applicant().safeContact();
        model.addAttribute("answers", Map.of("safeMail", String.valueOf(safe.mail()), "safePhone", String.valueOf(safe.phone()),
                "safeText", String.valueOf(safe.text()), "safeVoicemail", String.valueOf(safe.voicemail()),
                "safeEmail", String.valueOf(safe.email()), "discreet", String.valueOf(safe.discreet())));
        return "survivor/status";
    }

    /** The survivor's safe channels, changed from the status page; an unticked box is a channel that is not safe. */
    @PostMapping("/status/safe-contact")
    String safeContact(@RequestParam(defaultValue = "false") boolean safeMail,
                       @RequestParam(defaultValue = "false") boolean safePhone,
                       @RequestParam(defaultValue = "false") boolean safeText,
                       @RequestParam(defaultValue = "false") boolean safeVoicemail,
                       @RequestParam(defaultValue = "false") boolean safeEmail,
                       @RequestParam(defaultValue = "false") boolean discreet,
                       HttpSession session, RedirectAttributes redirect) {
        String reference = (String) session.getAttribute(ApplyPages.CLAIM_REFERENCE);
        if (reference == null) {
            return "redirect:/status";
        }
        claims.changeSafeContact(claims.find(reference).orElseThrow(),
                new ClaimApplication.SafeContact(safeMail, safePhone, safeVoicemail, safeEmail, safeText, discreet));
        redirect.addFlashAttribute("safeContactSaved", true);
        return "redirect:/status/view";
    }

    @GetMapping("/status/letters/{letterId}")
    ResponseEntity<byte[]> letter(@PathVariable UUID letterId, HttpSession session) {
        String reference = (String) session.getAttribute(ApplyPages.CLAIM_REFERENCE);
        ClaimRecord claim = reference == null ? null : claims.find(reference).orElse(null);
        return Letters.download((claim == null ? java.util.Optional.<Letters.LetterContent>empty()
                : letters.pdf(claim.id(), letterId)).orElseThrow(NotFoundException::new));
    }

    @PostMapping("/status/documents")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "OTHER") String kind,
                  HttpSession session, RedirectAttributes redirect) throws IOException {
        String reference = (String) session.getAttribute(ApplyPages.CLAIM_REFERENCE);
        if (reference == null) {
            return "redirect:/status";
        }
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidRequestException("file", "missing");
            }
            documents.add(claims.find(reference).orElseThrow(), DocumentKind.valueOf(kind), file.getOriginalFilename(),
                    file.getBytes());
            redirect.addFlashAttribute("documentAdded", true);
        } catch (InvalidRequestException | PayloadTooLargeException | IllegalArgumentException | ConflictException e) {
            redirect.addFlashAttribute("uploadErrors", Map.of("file", "error.file"));
        }
        return "redirect:/status/view";
    }
}
