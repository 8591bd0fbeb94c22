package org.fazhi.audit.internal;

import java.time.Clock;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.platform.files.FileAltered;
import org.fazhi.platform.files.FileStored;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.DataExported;
import org.fazhi.shared.DataImported;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns what happens in the application into audit entries: every business-data change (synchronously, in the
 * changing transaction), every export, every login, failed login and logout.
 */
@Component
class AuditedEvents {

    static final String SYSTEM = "system";
    static final String STORED_FILE = "platform.stored_file";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private final AuditWriter writer;
    private final Clock clock;

    AuditedEvents(AuditWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    @EventListener
    void on(DataChanged change) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        writer.append(new AuditEntry(clock.instant(), actor(who), role(who), sourceAddress(),
                "DATA_" + change.kind().name(), change.recordType(), change.recordId(), change.region().value(),
                String.join(",", change.changedFields()), true));
    }

    @EventListener
    void on(DataExported export) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        writer.append(new AuditEntry(clock.instant(), actor(who), role(who), sourceAddress(), "DATA_EXPORTED",
                export.recordType(), null, export.region().value(), "count=" + export.count(), true));
    }

    @EventListener
    void on(DataImported imported) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        writer.append(new AuditEntry(clock.instant(), actor(who), role(who), sourceAddress(), "DATA_IMPORTED",
                imported.recordType(), null, imported.region().value(),
                "inserted=" + imported.inserted() + ",updated=" + imported.updated(), true));
    }

    /** The digest of every stored file is in the trail, beside who stored it: evidence of what was received. */
    @EventListener
    void on(FileStored stored) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        writer.append(new AuditEntry(clock.instant(), actor(who), role(who), sourceAddress(), "FILE_STORED",
                STORED_FILE, String.valueOf(stored.fileId()), stored.region().value(), "owner=" + stored.ownerType()
                + "/" + stored.ownerId() + ",kind=" + stored.kind() + ",size=" + stored.sizeBytes() + ",sm3="
                + stored.sm3(), true));
    }

    @EventListener
    void on(FileAltered altered) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        writer.append(new AuditEntry(clock.instant(), actor(who), role(who), sourceAddress(), "FILE_ALTERED",
                STORED_FILE, String.valueOf(altered.fileId()), altered.region().value(), "owner="
                + altered.ownerType() + "/" + altered.ownerId() + ",problem=" + altered.problem(), false));
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent login) {
        Authentication who = login.getAuthentication();
        writer.append(new AuditEntry(clock.instant(), actor(who), role(who), sourceAddress(), "LOGIN",
                null, null, null, "", true));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        // The attempted name is kept only when it looks like a username: people type passwords there too.
        String attempted = failure.getAuthentication().getName();
        String actor = attempted != null && USERNAME.matcher(attempted).matches() ? attempted : "(invalid)";
        writer.append(new AuditEntry(clock.instant(), actor, null, sourceAddress(), "LOGIN",
                null, null, null, failure.getException().getClass().getSimpleName(), false));
    }

    @EventListener
    void on(LogoutSuccessEvent logout) {
        Authentication who = logout.getAuthentication();
        writer.append(new AuditEntry(clock.instant(), actor(who), role(who), sourceAddress(), "LOGOUT",
                null, null, null, "", true));
    }

    private static String actor(@Nullable Authentication who) {
        return who == null || !who.isAuthenticated() ? SYSTEM : who.getName();
    }

    private static @Nullable String role(@Nullable Authentication who) {
        if (who == null) {
            return null;
        }
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.replaceFirst("^ROLE_", "")).findFirst().orElse(null);
    }

    private static @Nullable String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
