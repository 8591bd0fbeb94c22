package org.fazhi.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fazhi.shared.InvalidValueException;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How the REST API says no: {@code application/problem+json} with a Chinese {@code detail} and, for bad input, an
 * {@code errors} list of {field, message}. Never a stack trace. Ordered first: a {@code @RestController} is also a
 * {@code @Controller}, and must not get {@link PageErrors}' HTML page for a refusal both advices handle.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Problems {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput invalid) {
        List<Map<String, String>> errors = invalid.problems().stream()
                .map(problem -> Map.of("field", problem.field(), "message",
                        text(problem.messageKey(), problem.arguments().toArray())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, text("error.validation"), errors);
    }

    /** A body that is not JSON, or JSON whose field has the wrong type: which field, and what it should be. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        return invalid(new InvalidInput(List.of(UnreadableInput.of(unreadable))));
    }

    /** A query parameter or path variable of the wrong type (an unknown status, a date like 2026/3/25). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail unreadable(MethodArgumentTypeMismatchException mismatch) {
        return invalid(new InvalidInput(List.of(UnreadableInput.of(mismatch))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException missing) {
        return invalid(InvalidInput.of(missing.getParameterName(), "error.json.required"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException invalid) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message", text(error)));
        }
        invalid.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(Map.of("field", "", "message", text(error))));
        return problem(HttpStatus.BAD_REQUEST, text("error.validation"), errors);
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalid(InvalidValueException invalid) {
        return problem(HttpStatus.BAD_REQUEST, text(invalid.messageKey(), invalid.arguments()), List.of());
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail refused(RuleViolation violation) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT,
                text(violation.messageKey(), violation.arguments()), List.of());
        if (!violation.legalBasis().isEmpty()) {
            problem.setProperty("legalBasis", violation.legalBasis());
        }
        return problem;
    }

    @ExceptionHandler(StaleEdit.class)
    ProblemDetail stale(StaleEdit stale) {
        return problem(HttpStatus.CONFLICT, text("error.conflict.stale"), List.of());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound notFound) {
        return problem(HttpStatus.NOT_FOUND, text("error.404.body"), List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, text("error.403.body"), List.of());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, CHINESE);
    }

    private String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, CHINESE);
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
