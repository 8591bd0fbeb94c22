package org.fazhi.disclosure.portal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.disclosure.DisclosureTestData.Decided;
import org.fazhi.disclosure.portal.PortalRows.Inserted;
import org.fazhi.disclosure.portal.PortalRows.Row;
import org.fazhi.platform.PublishedContent;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.agency.AgencyForm;
import org.fazhi.registry.agency.AgencyKind;
import org.fazhi.registry.agency.AgencyStatus;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's search on the real database: 2- and 4-character keywords, each filter, newest first, the capped
 * count, the original text and the party's registered name never searched, only published decisions reachable.
 * Each test uses words found nowhere else (rare characters), so decisions of other tests never interfere.
 */
@FazhiIntegrationTest
class PortalSearchIntegrationTests {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PublishedContent published;
    @Autowired RegistryTestData registry;
    @Autowired Agencies agencies;
    @Autowired RegionDirectory regions;
    @Autowired PortalSearches searches;
    @Autowired DisclosureTestData decisions;
    @Autowired Clock clock;

    PortalRows rows;
    Agency agency;

    @BeforeEach
    void setUp() {
        rows = new PortalRows(jdbc, published);
        agency = registry.agency("公示查询局");
    }

    @Test
    void findsATwoCharacterKeywordInThePublishedTextOnly() throws Exception {
        Inserted found = rows.insert(PortalRows.row(agency.id(), DAY, "违法事实：当事人在鼋鼍市场销售过期食品。"), "PUBLISHED");
        Inserted pending = rows.insert(PortalRows.row(agency.id(), DAY, "违法事实：鼋鼍市场另一案。"), "PENDING");
        Inserted expired = rows.insert(PortalRows.row(agency.id(), DAY, "违法事实：鼋鼍市场旧案。"), "EXPIRED");
        String page = search("q", "鼋鼍");
        assertThat(page).contains(found.number(), "共找到 1 条").doesNotContain(pending.number(), expired.number());
        assertThat(search("q", "鼍市")).contains(found.number());
        assertThat(search("q", "鼋市")).contains("没有符合条件的处罚决定").doesNotContain(found.number());
    }

    @Test
    void findsAFourCharacterKeywordOnlyWhereItsCharactersStandTogether() throws Exception {
        Inserted together = rows.insert(PortalRows.row(agency.id(), DAY, "违法事实：虬螭蟠龙酒楼未公示许可证。"), "PUBLISHED");
        Inserted apart = rows.insert(PortalRows.row(agency.id(), DAY, "违法事实：虬螭、螭蟠与蟠龙三家店。"), "PUBLISHED");
        assertThat(search("q", "虬螭蟠龙")).contains(together.number()).doesNotContain(apart.number());
        assertThat(search("q", "螭蟠")).contains(together.number(), apart.number());
        assertThat(search("q", "虬螭 蟠龙")).contains(together.number(), apart.number());
        assertThat(search("q", "酒楼 螭蟠")).contains(together.number()).doesNotContain(apart.number());
    }

    @Test
    void neverSearchesTheOriginalTextNorTheRegisteredName() throws Exception {
        Row row = new Row(agency.id(), DAY, "WARNING", 0, "饕餮事项",
                "当事人名称：张三丰\n违法事实：张三丰在饕餮居经营，电话13912345678。",
                "当事人名称：张某某\n违法事实：张某某在饕餮居经营，电话139****5678。");
        Inserted inserted = rows.insert(row, "PUBLISHED");
        assertThat(search("q", "饕餮居")).contains(inserted.number(), "张某某").doesNotContain("张三丰", "13912345678");
        for (String personal : List.of("张三丰", "三丰", "13912345678", "5678 三丰")) {
            assertThat(search("q", personal)).doesNotContain(inserted.number());
        }
        assertThat(search("q", "张某")).contains(inserted.number());
    }

    @Test
    void filtersByAgencyTownshipPenaltyItemFineAndDayNewestFirst() throws Exception {
        Agency other = registry.agency("公示查询他局");
        String township = regions.within(RegistryTestData.COUNTY).stream().filter(region -> !region.county())
                .findFirst().orElseThrow().code().value();
        Agency team = agencies.register(RegistryTestData.admin(), new AgencyForm("公示查询执法队" + RegistryTestData.suffix(),
                AgencyKind.TOWNSHIP_TEAM, township, RegistryTestData.creditCode(), "《中华人民共和国行政处罚法》第二十四条",
                null, List.of("MARKET"), AgencyStatus.ACTIVE, 0));
        String text = "违法事实：魑魅商行无照经营。";
        Inserted older = rows.insert(PortalRows.row(agency.id(), DAY.minusDays(30), text).fined("WARNING", 0)
                .citing("魍魉事项"), "PUBLISHED");
        Inserted newer = rows.insert(PortalRows.row(agency.id(), DAY, text).fined("WARNING,FINE", 300_000),
                "PUBLISHED");
        Inserted others = rows.insert(PortalRows.row(other.id(), DAY.minusDays(10), text).fined("CONFISCATE_GAINS", 0),
                "PUBLISHED");
        Inserted teams = rows.insert(PortalRows.row(team.id(), DAY.minusDays(5), text).fined("FINE", 80_000),
                "PUBLISHED");

        String all = search("q", "魑魅");
        assertThat(all).contains("共找到 4 条");
        assertThat(all.indexOf(newer.number())).isLessThan(all.indexOf(teams.number()));
        assertThat(all.indexOf(teams.number())).isLessThan(all.indexOf(others.number()));
        assertThat(all.indexOf(others.number())).isLessThan(all.indexOf(older.number()));

        assertOnly(search("q", "魑魅", "agency", String.valueOf(other.id())), others, older, newer, teams);
        assertOnly(search("q", "魑魅", "township", township), teams, older, newer, others);
        assertOnly(search("q", "魑魅", "penalty", "CONFISCATE_GAINS"), others, older, newer, teams);
        assertOnly(search("q", "魑魅", "item", "魍魉"), older, newer, others, teams);
        assertOnly(search("q", "魑魅", "fineFrom", "1000", "fineTo", "3000"), newer, older, others, teams);
        assertOnly(search("q", "魑魅", "fineFrom", "800.00", "fineTo", "800"), teams, older, newer, others);
        assertOnly(search("q", "魑魅", "from", DAY.minusDays(12).toString(), "to", DAY.minusDays(8).toString()),
                others, older, newer, teams);
        assertThat(search("q", "魑魅", "penalty", "WARNING")).contains(older.number(), newer.number())
                .doesNotContain(others.number(), teams.number());
        assertThat(search("item", "魍魉")).contains(older.number()).doesNotContain(newer.number());
        assertThat(search("q", "魑魅", "from", DAY.toString())).contains(newer.number(), "¥3,000.00", ">警告、<", ">罚款<");
    }

    @Test
    void countsStopPastOneThousandAndTheLastPageIsTheLimit() throws Exception {
        publishMany("'郏测罚' || i", DAY, 0, "'违法事实：魃魈店第' || i");
        assertThat(search("q", "魃魈")).contains("找到 1,000+ 条处罚决定");
        assertThat(search("q", "魃魈", "page", "999")).contains("第 51 页").doesNotContain("rel=\"next\"");
    }

    /** More than the limit found: the page's newest are looked for in a month, then longer spans, in date order. */
    @Test
    void manyFoundAreShownNewestFirstAcrossTheSpansLookedIn() throws Exception {
        LocalDate today = LocalDate.now(clock);
        publishMany("'郏鲺罚〔' || i || '〕号'", today, 3, "'违法事实：鲺鳟店'");

        String first = search("q", "鲺鳟");
        assertThat(first).contains("找到 1,000+ 条处罚决定");
        for (int i = 1; i < 20; i++) {
            assertThat(first.indexOf("郏鲺罚〔" + i + "〕号")).as("decision %d before %d", i, i + 1).isPositive()
                    .isLessThan(first.indexOf("郏鲺罚〔" + (i + 1) + "〕号"));
        }
        assertThat(first).doesNotContain("郏鲺罚〔21〕号");
        String third = search("q", "鲺鳟", "page", "3"); // decided 123-180 days ago: past the first month's span
        assertThat(third).contains("郏鲺罚〔41〕号", "郏鲺罚〔60〕号").doesNotContain("郏鲺罚〔40〕号", "郏鲺罚〔61〕号");
    }

    /**
     * A word longer than a pair is confirmed in the texts: its count stops at 200, and the newest page skips decisions
     * that hold its pairs but not the word, in every span looked in.
     */
    @Test
    void aWordConfirmedInTheTextsCountsToTwoHundredAndPagesOnlyDecisionsThatHoldIt() throws Exception {
        LocalDate today = LocalDate.now(clock);
        publishMany("'郏鲟罚〔' || i || '〕号'", today, 3,
                "case when i % 2 = 1 then '违法事实：鳜鲈鲟店' else '违法事实：鳜鲈店，鲈鲟塘' end");

        String first = search("q", "鳜鲈鲟");
        assertThat(first).contains("找到 200+ 条处罚决定");
        for (int i = 1; i < 39; i += 2) {
            assertThat(first.indexOf("郏鲟罚〔" + i + "〕号")).as("decision %d before %d", i, i + 2).isPositive()
                    .isLessThan(first.indexOf("郏鲟罚〔" + (i + 2) + "〕号"));
        }
        assertThat(first).doesNotContain("郏鲟罚〔2〕号", "郏鲟罚〔41〕号");
        String third = search("q", "鳜鲈鲟", "page", "3"); // decided 243-357 days ago: past the six months' span
        assertThat(third).contains("郏鲟罚〔81〕号", "郏鲟罚〔119〕号").doesNotContain("郏鲟罚〔79〕号", "郏鲟罚〔82〕号",
                "郏鲟罚〔121〕号");
        assertThat(search("q", "鳜鲈鲟", "page", "999")).contains("第 11 页").doesNotContain("rel=\"next\"");
        assertThat(search("q", "鳜鲈")).contains("找到 1,000+ 条处罚决定");
    }

    @Test
    void showsTheDecisionAndAWithdrawnOneWithItsReasonButNothingUnpublished() throws Exception {
        Inserted shown = rows.insert(PortalRows.row(agency.id(), DAY, "当事人名称：李某\n违法事实：魉魅一案。"), "PUBLISHED");
        Inserted withdrawn = rows.insert(PortalRows.row(agency.id(), DAY, "违法事实：魉魅二案。"), "WITHDRAWN");
        Inserted pending = rows.insert(PortalRows.row(agency.id(), DAY, "违法事实：魉魅三案。"), "PENDING");
        Inserted expired = rows.insert(PortalRows.row(agency.id(), DAY, "违法事实：魉魅四案。"), "EXPIRED");

        String page = open("/public/decisions/" + shown.id(), 200);
        assertThat(page).contains(shown.number(), "违法事实：魉魅一案。", "李某", agency.name(), "对未取得食品经营许可从事食品经营活动的行政处罚")
                .doesNotContain("张三丰", "id=\"withdrawn\"");
        assertThat(open("/public/decisions/" + withdrawn.id(), 200)).contains("id=\"withdrawn\"", "原决定已被撤销");
        assertThat(search("q", "魉魅")).contains(shown.number()).doesNotContain(withdrawn.number());
        open("/public/decisions/" + pending.id(), 404);
        open("/public/decisions/" + expired.id(), 404);
        open("/public/decisions/" + (pending.id() + 1_000_000), 404);
        open("/public/decisions/abc", 400);
    }

    @Test
    void answersWrongFiltersWithTheFieldNamedInChinese() throws Exception {
        String page = open(get(query("q", "罚", "fineFrom", "abc", "from", "2026-13-01", "agency", "x", "page", "y")),
                400);
        assertThat(open(get(query("q", "罚")), 400)).contains("每个关键词至少 2 个字");
        assertThat(page).contains("关键词：“罚”太短", "罚款金额（不少于）：请填写", "决定日期自：请按", "执法部门：本县没有该执法部门");
        assertThat(open(get(query("fineFrom", "500", "fineTo", "100")), 400))
                .contains("罚款金额：“不少于”的金额大于“不超过”的金额");
        assertThat(open(get(query("penalty", "SCOLDING")), 400)).contains("处罚种类：没有该处罚种类");
    }

    @Test
    void countsEachSearchEvenWhenTheKeptRenderingAnswersItButNotPagesOrPlainVisits() throws Exception {
        rows.insert(PortalRows.row(agency.id(), DAY, "违法事实：魈魃一案。"), "PUBLISHED");
        Period today = new Period(LocalDate.now(clock), LocalDate.now(clock)); // the county's day, not the JVM's
        long before = searches.measure(RegistryTestData.COUNTY, today).total().value().longValue();
        search("q", "魈魃");
        search("q", "魈魃"); // the kept rendering answers: the controller does not run
        search("q", "魈魃", "page", "2");
        open("/public/decisions", 200);
        long after = searches.measure(RegistryTestData.COUNTY, today).total().value().longValue();
        assertThat(after - before).isEqualTo(2);
    }

    @Test
    void javaAndTheDatabaseCodeTheSamePairs() {
        String supplementary = new String(Character.toChars(0x20BB7));
        for (String text : List.of("食品", "经营许可证", "郏市监罚〔2026〕12号", "abc AB 12", "a\nb", supplementary + "家",
                "当事人名称：张某某\n违法事实：" + supplementary)) {
            List<Integer> database = jdbc.sql("select unnest(disclosure.bigrams(?)) order by 1").param(text)
                    .query(Integer.class).list();
            assertThat(database).as(text).containsExactlyElementsOf(PortalKeywords.pairsOf(text));
        }
    }

    @Test
    void thePortalsCopyHoldsExactlyThePublishedDecisionsThroughEveryChange() {
        Inserted pending = rows.insert(PortalRows.row(agency.id(), DAY, "违法事实：副本跟随案。"), "PENDING");
        assertThat(copied(pending.id())).isEmpty();

        jdbc.sql("update disclosure.publication set state = 'PUBLISHED', published_at = now(), published_by = 'legal',"
                + " published_on = decided_on, expires_on = decided_on + 1000 where id = ?").param(pending.id()).update();
        assertThat(copied(pending.id())).containsExactly("违法事实：副本跟随案。");

        jdbc.sql("update disclosure.publication set redacted_text = '违法事实：副本改正案。' where id = ?")
                .param(pending.id()).update();
        assertThat(copied(pending.id())).containsExactly("违法事实：副本改正案。");
        assertThat(jdbc.sql("select count(*) from disclosure.portal_entry where publication_id = ?"
                + " and search_bigrams @> disclosure.bigrams('改正')").param(pending.id())
                .query(Long.class).single()).isOne();

        jdbc.sql("update disclosure.publication set overdue_raised_at = now(), version = version + 1 where id = ?")
                .param(pending.id()).update();
        assertThat(copied(pending.id())).containsExactly("违法事实：副本改正案。");

        jdbc.sql("update disclosure.publication set state = 'WITHDRAWN', withdrawn_at = now(), withdrawn_by = 'legal',"
                + " withdrawal_reason = '原决定已被撤销' where id = ?").param(pending.id()).update();
        assertThat(copied(pending.id())).isEmpty();

        Inserted expiring = rows.insert(PortalRows.row(agency.id(), DAY, "违法事实：副本到期案。"), "PUBLISHED");
        assertThat(copied(expiring.id())).hasSize(1);
        jdbc.sql("update disclosure.publication set state = 'EXPIRED' where id = ?").param(expiring.id()).update();
        assertThat(copied(expiring.id())).isEmpty();
    }

    @Test
    void noPartitionKeepsStatisticsOfThePairsSoTheyAreAlwaysReadThroughTheirIndex() {
        List<Integer> targets = jdbc.sql("""
                select coalesce(a.attstattarget, -1) from pg_attribute a
                  join pg_inherits i on i.inhrelid = a.attrelid
                 where i.inhparent = 'disclosure.portal_entry'::regclass and a.attname = 'search_bigrams'""")
                .query(Integer.class).list();
        assertThat(targets).hasSize(128).containsOnly(0);
    }

    private List<String> copied(long publicationId) {
        return jdbc.sql("select redacted_text from disclosure.portal_entry where publication_id = ?")
                .param(publicationId).query(String.class).list();
    }

    @Test
    void findsOnlyTheCountysOwnDecisionsThoughAnotherCountyHasTheSameWords() throws Exception {
        Inserted ours = rows.insert(PortalRows.row(agency.id(), DAY, "违法事实：魍魎鬼市无照经营。"), "PUBLISHED");
        jdbc.sql("""
                insert into disclosure.publication (case_id, decision_number, agency_id, region_code, decided_on, due_on,
                       state, decision_kind, party_name, natural_person, minor, sections, original_text, spans,
                       redacted_text, published_at, published_on, expires_on)
                select (select greatest(max(case_id), 5000000000) from disclosure.publication) + i, '他县罚' || i, 999999999,
                       '419999', ?, ?, 'PUBLISHED', 'PENALTY', '某公司', false, false, '[]', '魍魎', '[]',
                       '违法事实：魍魎鬼市第' || i, now(), ?, ?
                  from generate_series(1, 1005) as i""")
                .params(DAY, DAY, DAY, DAY.plusYears(3)).update();
        published.changed("disclosure");
        assertThat(search("q", "魍魎")).contains(ours.number(), "共找到 1 条").doesNotContain("他县罚");
        assertThat(search("q", "鬼市 无照")).contains(ours.number(), "共找到 1 条");
    }

    @Test
    void publishingAndWithdrawingMoveThePortalsVersionAndTheSearchFollows() throws Exception {
        Decided d = decisions.decidedOn("公示版本局", LocalDate.of(2026, 9, 29), "2000");
        long id = jdbc.sql("select id from disclosure.publication where case_id = ?").param(d.caseId())
                .query(Long.class).single();
        String page = "/disclosure/publications/" + id;
        String agencyId = String.valueOf(d.handling().agencyId());
        String before = version();
        assertThat(search("q", "食品", "agency", agencyId)).contains("没有符合条件的处罚决定");

        mvc.perform(post(page + "/spans").param("fragment", "食品经营许可证").with(user(d.handling().head()))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(version()).as("a review of a pending publication shows nothing new").isEqualTo(before);

        mvc.perform(post(page + "/publish").with(user(d.handling().head())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String afterPublishing = version();
        assertThat(afterPublishing).isNotEqualTo(before);
        assertThat(search("q", "经营", "agency", agencyId)).contains("欧阳某某")
                .doesNotContain(DisclosureTestData.PERSON, DisclosureTestData.PHONE, d.idNumber());
        assertThat(open("/public/decisions/" + id, 200)).contains("欧阳某某")
                .doesNotContain(DisclosureTestData.PERSON, DisclosureTestData.PHONE, d.idNumber());

        mvc.perform(post(page + "/withdraw").param("reason", "原处罚决定已被复议机关变更").with(user(d.handling().head()))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(version()).isNotEqualTo(afterPublishing);
        assertThat(search("q", "经营", "agency", agencyId)).contains("没有符合条件的处罚决定");
        assertThat(open("/public/decisions/" + id, 200)).contains("原处罚决定已被复议机关变更");
    }

    private String version() {
        return published.versionOf(java.util.Set.of("disclosure")).etag();
    }

    private static void assertOnly(String page, Inserted expected, Inserted... not) {
        assertThat(page).contains(expected.number(), "共找到 1 条");
        for (Inserted other : not) {
            assertThat(page).doesNotContain(other.number());
        }
    }

    private String search(String... parameters) throws Exception {
        return open(get(query(parameters)), 200);
    }

    /** A URI with its query string, as a browser sends it: the published-pages cache keys renderings by it. */
    static URI query(String... parameters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/public/decisions");
        for (int i = 0; i < parameters.length; i += 2) {
            uri.queryParam(parameters[i], parameters[i + 1]);
        }
        return uri.encode().build().toUri();
    }

    private String open(String path, int status) throws Exception {
        return open(get(path), status);
    }

    private String open(MockHttpServletRequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    /**
     * 1,005 published decisions of the agency, written at once: decision i numbered and worded by the SQL
     * expressions given (of {@code i}), decided {@code daysApart * i} days before {@code day}. Their case ids lie above
     * every existing one, so two tests in the same second never draw the same.
     */
    private void publishMany(String number, LocalDate day, int daysApart, String text) {
        jdbc.sql("""
                insert into disclosure.publication (case_id, decision_number, agency_id, region_code, decided_on, due_on,
                       state, decision_kind, party_name, natural_person, minor, sections, original_text, spans,
                       redacted_text, published_at, published_on, expires_on)
                select (select greatest(max(case_id), 5000000000) from disclosure.publication) + i, %s, ?, '410425',
                       ?::date - i * ?, ?, 'PUBLISHED', 'PENALTY', '某公司', false, false, '[]', '原文', '[]', %s,
                       now(), ?, ?
                  from generate_series(1, 1005) as i""".formatted(number, text))
                .params(agency.id(), day, daysApart, day, day, day.plusYears(3)).update();
        published.changed("disclosure");
    }
}
