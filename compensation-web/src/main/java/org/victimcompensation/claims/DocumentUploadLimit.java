package org.victimcompensation.claims;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A survivor's upload body may hold one document and the form around it, and is refused before it is
 * read when it declares more: the multipart limit (spring.servlet.multipart) is sized for staff
 * settlement files, and a document is read into memory whole. A body that does not declare its length
 * (chunked) is refused too: the container parses multipart forms from its own connection stream, so
 * wrapping the request's stream could not stop it part-way. Runs before Spring Security, whose CSRF
 * check on the page would otherwise read the form, and after Spring Session's filter, so the page's
 * message lands in the shared session.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class DocumentUploadLimit extends OncePerRequestFilter {

    /** Room for the multipart boundaries and part headers, the kind and the page's CSRF token. */
    private static final long FORM_BYTES = 64 * 1024;
    private static final Pattern API_UPLOAD = Pattern.compile("/api/v1/claims/[^/]+/documents");
    private static final String PAGE_UPLOAD = "/status/documents";
    private static final String PAGE_AFTER_UPLOAD = "/status/view";

    private final long maxDocumentBytes;
    private final ObjectMapper json;
    private final FlashMapManager flashMaps = new SessionFlashMapManager();

    DocumentUploadLimit(ClaimsSettings settings, ObjectMapper json) {
        this.maxDocumentBytes = settings.documents().maxBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The servlet path is decoded and without ;parameters, as the path Spring MVC maps.
        String path = request.getServletPath();
        return !path.equals(PAGE_UPLOAD) && !API_UPLOAD.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean unknownLength = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (length <= maxDocumentBytes + FORM_BYTES && !unknownLength) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getServletPath().equals(PAGE_UPLOAD)) {
            // The page's usual answer to an upload it cannot take (StatusPages.upload): the status view with the file error.
            FlashMap flash = new FlashMap();
            flash.put("uploadErrors", Map.of("file", "error.file"));
            flash.setTargetRequestPath(PAGE_AFTER_UPLOAD);
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + PAGE_AFTER_UPLOAD);
            return;
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "A document may be at most " + maxDocumentBytes / (1024 * 1024) + " MB; this upload is larger, "
                        + "or does not give its length."));
    }
}
