package org.victimcompensation.claims;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.api.PlainText;
import org.victimcompensation.letters.Letters;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.DocumentKind;

/**
 * The survivor's side of API v1: no account, a claim reference plus the access code in a header
 * (never in the URL). Responses are never cached.
 */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimController {

    static final String ACCESS_CODE_HEADER = "X-Claim-Access-Code";

    private final Claims claims;
    private final Documents documents;
    private final SurvivorStatus status;
    private final Letters letters;

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final ObjectMapper json;

    ClaimController(Claims claims, Documents documents, SurvivorStatus status, Letters letters, ObjectMapper json) {
        this.letters = letters;
        this.json = json;
        this.claims = claims;
        this.documents = documents;
        this.status = status;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Claims.Submitted> submit(@Valid @RequestBody ClaimSubmissionJson body,
                                            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey)
            throws JsonProcessingException {
        Claims.Intake intake = null;
        if (idempotencyKey != null) {
            if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
                throw new InvalidRequestException("Idempotency-Key", "must be 1 to 128 visible ASCII characters");
            }
            // The parsed body written back out: the same submission hashes the same whatever its spacing.
            intake = new Claims.Intake("api:" + idempotencyKey, claims.bodyHash(json.writeValueAsString(body)));
        }
        Claims.Submitted submitted = claims.submit(body.toApplication(), intake);
        return ResponseEntity.created(URI.create("/api/v1/claims/" + submitted.reference()))
                .cacheControl(CacheControl.noStore()).body(submitted);
    }

    @GetMapping("/{reference}")
    ResponseEntity<SurvivorStatus.View> status(@PathVariable String reference,
                                               @RequestHeader(value = ACCESS_CODE_HEADER, required = false) String code,
                                               HttpServletRequest request) {
        ClaimRecord claim = claims.forSurvivor(reference, code, request.getRemoteAddr());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(status.of(claim));
    }

    @PostMapping(value = "/{reference}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Documents.DocumentInfo> addDocument(@PathVariable String reference,
                                                       @RequestHeader(value = ACCESS_CODE_HEADER, required = false) String code,
                                                       @RequestPart("file") MultipartFile file,
                                                       @RequestParam("kind") String kind,
                                                       HttpServletRequest request) throws IOException {
        ClaimRecord claim = claims.forSurvivor(reference, code, request.getRemoteAddr());
        DocumentKind documentKind;
        try {
            documentKind = DocumentKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("kind", "must be one of " + java.util.Arrays.toString(DocumentKind.values()));
        }
        Documents.DocumentInfo added = documents.add(claim, documentKind, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(added);
    }

    @PostMapping("/{reference}/withdrawal")
    ResponseEntity<SurvivorStatus.View> withdraw(@PathVariable String reference,
                                                 @RequestHeader(value = ACCESS_CODE_HEADER, required = false) String code,
                                                 HttpServletRequest request) {
        ClaimRecord claim = claims.forSurvivor(reference, code, request.getRemoteAddr());
        claims.withdraw(claim);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(status.of(claims.find(reference).orElseThrow()));
    }

    /** A withdrawn claim, reopened by the survivor within the period the program gives. */
    @PostMapping("/{reference}/reopening")
    ResponseEntity<SurvivorStatus.View> reopen(@PathVariable String reference,
                                               @RequestHeader(value = ACCESS_CODE_HEADER, required = false) String code,
                                               HttpServletRequest request) {
        ClaimRecord claim = claims.forSurvivor(reference, code, request.getRemoteAddr());
        claims.reopen(claim);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(status.of(claims.find(reference).orElseThrow()));
    }

    @GetMapping("/{reference}/letters")
    ResponseEntity<List<Letters.LetterInfo>> letters(@PathVariable String reference,
                                                     @RequestHeader(value = ACCESS_CODE_HEADER, required = false) String code,
                                                     HttpServletRequest request) {
        ClaimRecord claim = claims.forSurvivor(reference, code, request.getRemoteAddr());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(letters.list(claim.id()));
    }

    @GetMapping("/{reference}/letters/{letterId}")
    ResponseEntity<byte[]> letter(@PathVariable String reference, @PathVariable UUID letterId,
                                  @RequestHeader(value = ACCESS_CODE_HEADER, required = false) String code,
                                  HttpServletRequest request) {
        ClaimRecord claim = claims.forSurvivor(reference, code, request.getRemoteAddr());
        return Letters.download(letters.pdf(claim.id(), letterId)
                .orElseThrow(() -> new NotFoundException("This claim has no such letter.")));
    }

    /** The same {@code safeContact} object as in the submission (PRODUCT.md section 4.1). */
    @PutMapping(value = "/{reference}/safe-contact", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimSubmissionJson.SafeContact> safeContact(@PathVariable String reference,
                                                                @RequestHeader(value = ACCESS_CODE_HEADER, required = false) String code,
                                                                @Valid @RequestBody ClaimSubmissionJson.SafeContact body,
                                                                HttpServletRequest request) {
        ClaimRecord claim = claims.forSurvivor(reference, code, request.getRemoteAddr());
        ClaimApplication.SafeContact safe = body.replacing(claim.application().applicant().safeContact());
        claims.changeSafeContact(claim, safe);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(ClaimSubmissionJson.SafeContact.of(safe));
    }

    record AppealJson(@NotBlank @Size(max = 5000) @PlainText(multiline = true) String reason) {
    }

    @PostMapping(value = "/{reference}/appeal", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SurvivorStatus.View> appeal(@PathVariable String reference,
                                               @RequestHeader(value = ACCESS_CODE_HEADER, required = false) String code,
                                               @Valid @RequestBody AppealJson body, HttpServletRequest request) {
        ClaimRecord claim = claims.forSurvivor(reference, code, request.getRemoteAddr());
        claims.appeal(claim, body.reason());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(status.of(claims.find(reference).orElseThrow()));
    }
}
