package org.victimcompensation.reconciliation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.victimcompensation.security.CurrentStaff;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

/** Program staff upload a bank settlement file and read the reconciliation's result. */
@RestController
@RequestMapping("/api/v1/staff/reconciliations")
class ReconciliationController {

    private final Reconciliations reconciliations;

    ReconciliationController(Reconciliations reconciliations) {
        this.reconciliations = reconciliations;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Reconciliations.Started> upload(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            Reconciliations.Started started = reconciliations.start(file.getOriginalFilename(), content, CurrentStaff.username());
            return ResponseEntity.accepted().location(URI.create("/api/v1/staff/reconciliations/" + started.id()))
                    .body(started);
        }
    }

    @GetMapping("/{id}")
    Reconciliations.Result result(@PathVariable UUID id) {
        return reconciliations.result(id);
    }
}
