package org.fazhi.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * How the API says no before a controller is reached — not signed in (401), a role the URL rules refuse or a
 * browser session's request without its CSRF token (403) — in the same {@code application/problem+json} with a
 * Chinese {@code detail} as the refusals the services make.
 */
final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;

    ApiRefusals(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        write(response, HttpStatus.UNAUTHORIZED, "identity.api.unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, refused instanceof CsrfException ? "identity.api.csrf" : "error.403.body");
    }

    private void write(HttpServletResponse response, HttpStatus status, String key) throws IOException {
        String detail = messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + escaped(detail) + "\"}");
    }

    /** JSON string escaping for a message text (quotes, backslashes, control characters). */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
