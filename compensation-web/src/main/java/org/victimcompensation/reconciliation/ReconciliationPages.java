package org.victimcompensation.reconciliation;

import org.springframework.stereotype.Controller;
import org.victimcompensation.pages.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.security.CurrentStaff;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/** Settlement-file upload and its result, in the staff console. */
@Controller
@Page
class ReconciliationPages {

    private final Reconciliations reconciliations;

    ReconciliationPages(Reconciliations reconciliations) {
        this.reconciliations = reconciliations;
    }

    @PostMapping("/staff/reconciliations")
    String upload(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", "Choose a settlement file to upload.");
            return "redirect:/staff/payments";
        }
        try (InputStream content = file.getInputStream()) {
            UUID id = reconciliations.start(file.getOriginalFilename(), content, CurrentStaff.username()).id();
            return "redirect:/staff/reconciliations/" + id;
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", "The file was not accepted: " + e.errors().get(0).message() + ".");
            return "redirect:/staff/payments";
        }
    }

    @GetMapping("/staff/reconciliations/{id}")
    String result(@PathVariable UUID id, Model model) {
        model.addAttribute("result", reconciliations.result(id));
        return "staff/reconciliation";
    }
}
