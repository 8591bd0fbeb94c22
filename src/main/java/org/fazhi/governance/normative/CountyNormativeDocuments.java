package org.fazhi.governance.normative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fazhi.platform.ColumnArrays;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A generated county's normative documents (规范性文件) and yearly clean-up campaigns, written with a few set-based
 * statements inside the caller's transaction: about {@code perYear} documents a year drafted by its departments,
 * each told by a {@link NormativeStory} from its public comment some two months before publication, registered in
 * order of publication within the year (the county's registration serial, as the bureau's publication numbers
 * them), and a campaign each autumn that disposes of the documents then in force (mostly retained, some amended, a
 * few repealed or declared invalid). The latest documents are still in drafting or review; provisional ones expire
 * after their two years.
 */
@Component
public class CountyNormativeDocuments {

    /** Counts of what was written. */
    public record Written(long documents, long published, long inForce, long filedOnTime, long ended,
                          long campaigns, long dispositions) {

        public static final Written NONE = new Written(0, 0, 0, 0, 0, 0, 0);
    }

    private static final String[] SUBJECTS = {"城区占道经营", "农村人居环境整治", "县级储备粮", "政府投资项目", "城市供水",
        "集体土地征收补偿安置", "行政执法公示", "农村集体资产", "中小企业扶持资金", "城区冬季清雪", "住房公积金缴存",
        "城乡居民医疗救助", "建筑垃圾", "城市养犬", "城市绿化", "农村宅基地", "校外培训机构", "粮食收购", "烟花爆竹燃放",
        "公益性公墓", "招商引资优惠政策", "政府购买服务", "农贸市场", "物业服务收费"};
    /** Subjects closely tied to businesses' economic activity (30 days of comment, a fair-competition review). */
    private static final int FIRST_BUSINESS = 18;
    private static final String[] FORMS = {"管理办法", "实施办法", "若干规定", "实施细则", "暂行办法"};
    private static final CleanupDisposition[] DISPOSITIONS = {CleanupDisposition.RETAIN, CleanupDisposition.AMEND,
        CleanupDisposition.REPEAL, CleanupDisposition.DECLARE_INVALID};

    private final NormativeTerms terms;
    private final JdbcClient jdbc;

    CountyNormativeDocuments(NormativeTerms terms, JdbcClient jdbc) {
        this.terms = terms;
        this.jdbc = jdbc;
    }

    public boolean hasAny(RegionCode county) {
        return jdbc.sql("select exists (select 1 from governance.normative_document where region_code = ?)")
                .param(county.county().value()).query(Boolean.class).single();
    }

    /** {@code years} calendar years ending with this one; {@code countyName} names its bureau, meeting and numbers. */
    public Written write(RegionCode county, String countyName, int years, int perYear, List<Long> departments,
                         LocalDate today, Random random) {
        if (perYear <= 0 || departments.isEmpty()) {
            return Written.NONE;
        }
        NormativeStory story = new NormativeStory(terms, today, random, countyName);
        List<NormativeStory.Drafted> drafted = new ArrayList<>();
        for (int year = today.getYear() - years + 1; year <= today.getYear(); year++) {
            int count = Math.max(1, perYear * 3 / 4 + random.nextInt(perYear / 2 + 1));
            for (int i = 0; i < count; i++) {
                int subject = random.nextInt(SUBJECTS.length);
                String form = FORMS[random.nextInt(FORMS.length)];
                NormativeDocument.Draft draft = new NormativeDocument.Draft(county,
                        departments.get(random.nextInt(departments.size())), countyName + SUBJECTS[subject] + form,
                        subject >= FIRST_BUSINESS || random.nextInt(10) == 0, form.startsWith("暂行"));
                LocalDate target = LocalDate.of(year, 1, 20).plusDays(random.nextInt(330));
                if (target.isBefore(today.plusDays(90))) {
                    drafted.add(story.draft(draft, target));
                }
            }
        }
        List<NormativeStory.Drafted> toPublish = new ArrayList<>(drafted.stream()
                .filter(d -> d.publishOn() != null).toList());
        toPublish.sort(Comparator.comparing(NormativeStory.Drafted::publishOn));
        List<Campaign> campaigns = campaigns(countyName, years, today, random);
        Map<NormativeDocument, List<NormativeStory.Disposal>> disposals = dispose(toPublish, campaigns, today, random);
        Map<Integer, Integer> serials = new HashMap<>();
        for (NormativeStory.Drafted d : toPublish) {
            LocalDate on = d.publishOn();
            int serial = serials.merge(on.getYear(), 1, Integer::sum);
            story.publish(d.document(), on, "%s-%d-%03d".formatted(county.value(), on.getYear(), serial),
                    countyName.charAt(0) + "政规〔" + on.getYear() + "〕" + serial + "号",
                    countyName + "人民政府门户网站", story.filingDay(on), story.filingDay(on),
                    disposals.getOrDefault(d.document(), List.of()));
        }
        List<NormativeDocument> documents = drafted.stream().map(NormativeStory.Drafted::document).toList();
        insert(county, documents, campaigns, disposals);
        return new Written(documents.size(), toPublish.size(),
                documents.stream().filter(d -> d.state() == NormativeState.IN_FORCE).count(),
                documents.stream().filter(d -> Boolean.FALSE.equals(d.filedLate(FilingBody.HIGHER_GOVERNMENT))
                        && Boolean.FALSE.equals(d.filedLate(FilingBody.PEOPLES_CONGRESS))).count(),
                documents.stream().filter(d -> d.end() != null).count(), campaigns.size(),
                disposals.values().stream().mapToLong(List::size).sum());
    }

    /** A campaign each autumn that has begun, named for its year. */
    private static List<Campaign> campaigns(String countyName, int years, LocalDate today, Random random) {
        List<Campaign> campaigns = new ArrayList<>();
        for (int year = today.getYear() - years + 1; year <= today.getYear(); year++) {
            LocalDate started = LocalDate.of(year, 9, 1).plusDays(random.nextInt(30));
            if (started.isBefore(today)) {
                campaigns.add(new Campaign(countyName + year + "年度规范性文件集中清理", started));
            }
        }
        return campaigns;
    }

    /**
     * Each campaign's dispositions of the documents published two months before it began and still in effect on the
     * day it decides them (78% retained, 12% amended, 6% repealed, 4% declared invalid), decided within six weeks.
     */
    private Map<NormativeDocument, List<NormativeStory.Disposal>> dispose(List<NormativeStory.Drafted> published,
                                                                        List<Campaign> campaigns, LocalDate today,
                                                                        Random random) {
        Map<NormativeDocument, List<NormativeStory.Disposal>> all = new HashMap<>();
        Map<NormativeDocument, LocalDate> ended = new HashMap<>();
        for (Campaign campaign : campaigns) {
            for (NormativeStory.Drafted d : published) {
                LocalDate on = campaign.startedOn().plusDays(5 + random.nextInt(36));
                LocalDate publishedOn = d.publishOn();
                LocalDate expiry = terms.validUntil(terms.effectiveFrom(publishedOn),
                        d.document().draft().provisional()).plusDays(1);
                if (publishedOn.isAfter(campaign.startedOn().minusDays(60)) || !on.isBefore(today)
                        || !on.isBefore(expiry) || ended.containsKey(d.document())) {
                    continue;
                }
                int roll = random.nextInt(100);
                CleanupDisposition disposition = DISPOSITIONS[roll < 78 ? 0 : roll < 90 ? 1 : roll < 96 ? 2 : 3];
                all.computeIfAbsent(d.document(), k -> new ArrayList<>()).add(new NormativeStory.Disposal(
                        campaign.name(), disposition, on, disposition == CleanupDisposition.RETAIN ? null
                        : disposition == CleanupDisposition.AMEND ? "与新修订的上位法不一致，由制定机关修改"
                        : disposition == CleanupDisposition.REPEAL ? "调整对象已消失或者政策已到期" : "已被新文件代替"));
                if (disposition == CleanupDisposition.REPEAL || disposition == CleanupDisposition.DECLARE_INVALID) {
                    ended.put(d.document(), on);
                }
            }
        }
        return all;
    }

    /** The documents, then the campaigns, then the dispositions matched by campaign name and registration number. */
    private void insert(RegionCode county, List<NormativeDocument> documents, List<Campaign> campaigns,
                        Map<NormativeDocument, List<NormativeStory.Disposal>> disposals) {
        if (documents.isEmpty()) {
            return;
        }
        DOCUMENTS.bind(jdbc.sql("insert into governance.normative_document (region_code, " + DOCUMENTS.names()
                + ") select :county, * from " + DOCUMENTS.unnest()), documents).param("county", county.value()).update();
        if (campaigns.isEmpty()) {
            return;
        }
        CAMPAIGNS.bind(jdbc.sql("insert into governance.cleanup_campaign (region_code, " + CAMPAIGNS.names()
                + ") select :county, * from " + CAMPAIGNS.unnest()), campaigns).param("county", county.value()).update();
        List<Decided> decided = new ArrayList<>();
        disposals.forEach((document, list) -> list.forEach(disposal -> decided.add(new Decided(
                document.issue().registrationNumber(), disposal))));
        DECISIONS.bind(jdbc.sql("""
                insert into governance.cleanup_decision (campaign_id, document_id, disposition, decided_on, note)
                select c.id, d.id, x.disposition, x.decided_on, x.note from %s as x(%s)
                  join governance.cleanup_campaign c on c.region_code = :county and c.name = x.campaign
                  join governance.normative_document d on d.region_code = :county
                   and d.registration_number = x.registration_number"""
                .formatted(DECISIONS.unnest(), DECISIONS.names())), decided).param("county", county.value()).update();
    }

    private record Campaign(String name, LocalDate startedOn) {
    }

    private record Decided(String registrationNumber, NormativeStory.Disposal disposal) {
    }

    private static final ColumnArrays<NormativeDocument> DOCUMENTS = new ColumnArrays<NormativeDocument>()
            .column("agency_id", "bigint", d -> d.draft().agencyId())
            .column("title", "text", d -> d.draft().title())
            .column("business_related", "boolean", d -> d.draft().businessRelated())
            .column("provisional", "boolean", d -> d.draft().provisional())
            .column("state", "text", NormativeDocument::state)
            .column("comment_from", "date", d -> d.comment() == null ? null : d.comment().from())
            .column("comment_to", "date", d -> d.comment() == null ? null : d.comment().to())
            .column("comments_received", "integer", d -> d.comment() == null ? null : d.comment().received())
            .column("legality_reviewer", "text", d -> d.legality() == null ? null : d.legality().reviewer())
            .column("legality_reviewed_on", "date", d -> d.legality() == null ? null : d.legality().on())
            .column("legality_conclusion", "text", d -> d.legality() == null ? null : d.legality().conclusion())
            .column("legality_opinion", "text", d -> d.legality() == null ? null : d.legality().opinion())
            .column("fair_competition", "text", d -> d.fairCompetition() == null ? null
                    : d.fairCompetition().conclusion())
            .column("fair_competition_on", "date", d -> d.fairCompetition() == null ? null : d.fairCompetition().on())
            .column("deliberated_on", "date", d -> d.deliberation() == null ? null : d.deliberation().on())
            .column("deliberation_meeting", "text", d -> d.deliberation() == null ? null : d.deliberation().meeting())
            .column("registration_number", "text", d -> d.issue() == null ? null : d.issue().registrationNumber())
            .column("document_number", "text", d -> d.issue() == null ? null : d.issue().documentNumber())
            .column("published_on", "date", d -> d.issue() == null ? null : d.issue().publishedOn())
            .column("published_in", "text", d -> d.issue() == null ? null : d.issue().publishedIn())
            .column("effective_from", "date", d -> d.issue() == null ? null : d.issue().effectiveFrom())
            .column("valid_until", "date", d -> d.issue() == null ? null : d.issue().validUntil())
            .column("filing_due_on", "date", d -> d.issue() == null ? null : d.issue().filingDueOn())
            .column("filed_government_on", "date", d -> d.filing().governmentOn())
            .column("filed_congress_on", "date", d -> d.filing().congressOn())
            .column("ended_on", "date", d -> d.end() == null ? null : d.end().on())
            .column("ended_reason", "text", d -> d.end() == null ? null : d.end().reason())
            .column("created_by", "text", NormativeDocument::createdBy);

    private static final ColumnArrays<Campaign> CAMPAIGNS = new ColumnArrays<Campaign>()
            .column("name", "text", Campaign::name)
            .column("started_on", "date", Campaign::startedOn)
            .column("created_by", "text", c -> NormativeStory.BY);

    private static final ColumnArrays<Decided> DECISIONS = new ColumnArrays<Decided>()
            .column("campaign", "text", d -> d.disposal().campaign())
            .column("registration_number", "text", Decided::registrationNumber)
            .column("disposition", "text", d -> d.disposal().disposition())
            .column("decided_on", "date", d -> d.disposal().on())
            .column("note", "text", d -> d.disposal().note());
}
