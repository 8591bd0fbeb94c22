package org.fazhi.governance.normative;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.NotFound;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 规范性文件清理: the justice bureau opens a campaign and records one disposition per document in force (保留, 修改,
 * 废止, 宣布失效); a repeal or a declaration of invalidity ends the document in the same transaction. Leaders and the
 * bureau read the campaigns of the county; agencies see them through their documents only.
 */
@Service
class CleanupCampaigns {

    static final String RECORD_TYPE = "governance.cleanup-campaign";

    /** A campaign with its counts by disposition. */
    public record Campaign(long id, String name, LocalDate startedOn, Map<CleanupDisposition, Long> counts) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A document's disposition in a campaign. */
    public record Decision(long documentId, String title, @Nullable String documentNumber,
                           CleanupDisposition disposition, LocalDate decidedOn, @Nullable String note) {
    }

    private final JdbcClient jdbc;
    private final NormativeDocuments documents;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    CleanupCampaigns(JdbcClient jdbc, NormativeDocuments documents, TransactionTemplate transaction,
                     ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.transaction = transaction;
        this.events = events;
    }

    List<Campaign> list(SignedInUser user) {
        requireReader(user);
        return jdbc.sql("select * from governance.cleanup_campaign where region_code like ? order by started_on desc, id desc")
                .param(user.scope().regionPattern())
                .query((rs, n) -> new Campaign(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("started_on", LocalDate.class), counts(rs.getLong("id")))).list();
    }

    Campaign get(SignedInUser user, long id) {
        return list(user).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    List<Decision> decisions(SignedInUser user, long id) {
        get(user, id);
        return jdbc.sql("""
                select c.*, d.title, d.document_number from governance.cleanup_decision c
                join governance.normative_document d on d.id = c.document_id
                where c.campaign_id = ? order by c.decided_on, d.id""").param(id)
                .query((rs, n) -> new Decision(rs.getLong("document_id"), rs.getString("title"),
                        rs.getString("document_number"), CleanupDisposition.valueOf(rs.getString("disposition")),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("note"))).list();
    }

    Campaign open(SignedInUser user, @Nullable String name, @Nullable LocalDate on) {
        requireBureau(user);
        String title = NormativeDocuments.INPUT.text("name", name);
        LocalDate day = NormativeDocuments.INPUT.pastDay("on", on, documents.today());
        RegionCode county = user.region().county();
        long id = Objects.requireNonNull(transaction.execute(status -> {
            long created = jdbc.sql("insert into governance.cleanup_campaign (region_code, name, started_on, "
                    + "created_by) values (?, ?, ?, ?) returning id")
                    .params(county.value(), title, day, user.getUsername()).query(Long.class).single();
            events.publishEvent(DataChanged.created(RECORD_TYPE, created, county, List.of("name")));
            return created;
        }));
        return get(user, id);
    }

    /** One disposition per document and campaign, on a document in force, never before the campaign began. */
    Campaign decide(SignedInUser user, long id, @Nullable Long documentId, @Nullable CleanupDisposition disposition,
                    @Nullable LocalDate on, @Nullable String note) {
        requireBureau(user);
        Campaign campaign = get(user, id);
        long document = NormativeDocuments.INPUT.chosen("documentId", documentId);
        CleanupDisposition chosen = NormativeDocuments.INPUT.chosen("disposition", disposition);
        LocalDate day = NormativeDocuments.INPUT.pastDay("on", on, documents.today());
        if (day.isBefore(campaign.startedOn())) {
            throw new RuleViolation("governance.normative.refused.date-before", "", day, campaign.startedOn());
        }
        transaction.executeWithoutResult(status -> {
            Long existing = jdbc.sql("select count(*) from governance.cleanup_decision where campaign_id = ? "
                    + "and document_id = ?").params(id, document).query(Long.class).single();
            if (existing > 0) {
                throw RuleViolation.of("governance.normative.refused.already-decided");
            }
            documents.cleanUp(user, document, chosen, day, campaign.name());
            jdbc.sql("insert into governance.cleanup_decision (campaign_id, document_id, disposition, decided_on, "
                    + "note) values (?, ?, ?, ?, ?)").params(id, document, chosen.name(), day, blankToNull(note))
                    .update();
            events.publishEvent(DataChanged.updated(RECORD_TYPE, id, user.region().county(), List.of("decisions")));
        });
        return get(user, id);
    }

    private Map<CleanupDisposition, Long> counts(long campaignId) {
        Map<CleanupDisposition, Long> counts = new EnumMap<>(CleanupDisposition.class);
        for (CleanupDisposition d : CleanupDisposition.values()) {
            counts.put(d, 0L);
        }
        jdbc.sql("select disposition, count(*) from governance.cleanup_decision where campaign_id = ? "
                + "group by disposition").param(campaignId).query((rs, n) -> counts.put(
                CleanupDisposition.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireBureau(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new AccessDeniedException("governance.normative.bureau-only");
        }
    }

    private static void requireReader(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.LEADER) || user.agencyId() != null) {
            throw new AccessDeniedException("governance.normative.readers-only");
        }
    }
}
