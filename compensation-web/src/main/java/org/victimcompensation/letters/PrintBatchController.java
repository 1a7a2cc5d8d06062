package org.victimcompensation.letters;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.security.CurrentStaff;

import java.util.UUID;

/**
 * The print batch on demand (PRODUCT.md 4.1 is silent; documented in the README): program staff make
 * one and download its PDF.
 */
@RestController
@RequestMapping("/api/v1/staff/print-batches")
class PrintBatchController {

    private final PrintBatches batches;

    PrintBatchController(PrintBatches batches) {
        this.batches = batches;
    }

    @PostMapping
    ResponseEntity<PrintBatches.Batch> print() {
        return ResponseEntity.status(HttpStatus.CREATED).body(batches.printNow(CurrentStaff.username()));
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        byte[] pdf = batches.pdf(id, CurrentStaff.username()).orElseThrow(() -> new NotFoundException(batches.exists(id)
                ? "This print batch has no letters to print." : "No print batch has this id."));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename("print-batch.pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }
}
