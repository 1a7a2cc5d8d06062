package org.victimcompensation.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * JSON bodies are small; a huge one is refused with 413 before it is read. Multipart uploads have
 * their own limits: spring.servlet.multipart for settlement files, claims.DocumentUploadLimit for
 * survivor documents.
 */
@Component
@Order(Integer.MIN_VALUE + 10)
@EnableConfigurationProperties(ApiSettings.class)
class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxJsonBytes;

    RequestBodyLimit(ApiSettings settings) {
        this.maxJsonBytes = settings.maxJsonBodyBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !request.getRequestURI().startsWith("/api/") || (type != null && type.startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > maxJsonBytes || chunked) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"The request body is larger than " + maxJsonBytes + " bytes, or its length is not given.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
