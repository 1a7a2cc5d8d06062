package org.victimcompensation.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.victimcompensation.process.ConcurrentChangeException;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error is {@code application/problem+json} (RFC 9457) with a readable {@code detail};
 * validation errors add {@code errors: [{field, message}]}. No client mistake ends in a 5xx, and no
 * detail echoes submitted values (they may be personal data).
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", e.errors());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), null);
    }

    @ExceptionHandler(UnprocessableException.class)
    ResponseEntity<Object> unprocessable(UnprocessableException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage(), null);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage(), null);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<Object> tooMany(TooManyRequestsException e) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), null);
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<Object> concurrent(ConcurrentChangeException e) {
        return problem(HttpStatus.CONFLICT, "The claim changed at the same moment. Nothing was saved; please try again.", null);
    }

    /** A service's role rule ({@code security.Access}) refused the caller. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<Object> roleRefused() {
        return problem(HttpStatus.FORBIDDEN, "Your role does not allow this.", null);
    }

    /**
     * The database is unreachable or every connection is busy (overload): nothing was stored, and
     * the client should come back shortly rather than read "something went wrong".
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<Object> unavailable(Exception e) {
        log.warn("Service unavailable: {} (message withheld)", e.getClass().getSimpleName());
        return retryLater("The service is busy or briefly unavailable. Nothing was changed; please try again in a few seconds.");
    }

    /**
     * The database went away at the commit (a restart, a failover): whether it was stored cannot be
     * known here, so the client repeats it; a claim repeated with its Idempotency-Key is stored once.
     * Any other failure to commit is a fault.
     */
    @ExceptionHandler(TransactionSystemException.class)
    ResponseEntity<Object> commitFailed(TransactionSystemException e) {
        if (!connectionLost(e)) {
            return unexpected(e);
        }
        log.warn("Service unavailable: the database connection was lost at the commit (message withheld)");
        return retryLater("The service lost its database for a moment. Please try again in a few seconds; "
                + "a request repeated with the same Idempotency-Key is never stored twice.");
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P (operator intervention: shutdown, restart), or none:
     * the driver gives a closed or broken connection no state, and a commit or rollback fails for
     * nothing else that Spring's translator does not already name (constraints, serialization).
     */
    private static boolean connectionLost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || state.startsWith("08") || state.startsWith("57P");
            }
        }
        return false;
    }

    private ResponseEntity<Object> retryLater(String detail) {
        ResponseEntity<Object> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, detail, null);
        return ResponseEntity.status(problem.getStatusCode())
                .headers(h -> {
                    h.addAll(problem.getHeaders());
                    h.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
                })
                .body(problem.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        // The message may quote stored values; the type and the stack are enough to find the fault.
        log.error("Unexpected {} (message withheld)", e.getClass().getName(), new WithheldMessage(e));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Nothing was changed.", null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return problem(HttpStatus.BAD_REQUEST, "Unknown property '" + unknown.getPropertyName() + "'.",
                    List.of(new FieldError(field, "unknown property")));
        }
        if (cause instanceof InvalidFormatException format) {
            return problem(HttpStatus.BAD_REQUEST, "A field has a value of the wrong form.",
                    List.of(new FieldError(path(format), expected(format))));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "A field has a value of the wrong type.",
                    List.of(new FieldError(path(mismatch), "wrong type")));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "A field could not be read.",
                    List.of(new FieldError(path(mapping), "invalid value")));
        }
        if (cause instanceof JsonProcessingException) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not well-formed JSON.", null);
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is missing or cannot be read.", null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(e -> errors.add(new FieldError(name, e.getDefaultMessage())));
        }
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid parameters.", errors);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than the limit.", null);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> badMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "The upload is not a readable multipart form.", null);
    }

    static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        if (errors != null && !errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(target.getEnumConstants());
        }
        if (target == java.time.LocalDate.class) {
            return "must be a date like 2026-01-31";
        }
        if (target == org.victimcompensation.domain.money.Money.class) {
            return "must be a decimal string with at most two places, like \"1234.50\"";
        }
        return "wrong type or form";
    }

    /** Carries a stack trace without the original message. */
    private static final class WithheldMessage extends RuntimeException {
        WithheldMessage(Throwable original) {
            super(original.getClass().getName(), null, false, true);
            setStackTrace(original.getStackTrace());
        }
    }
}
