package org.fazhi.casework;

import java.math.BigDecimal;

import org.fazhi.entities.PartyKind;
import org.fazhi.shared.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The casework rules a province or a later amendment may change (legal-rules.md: 行政处罚法, 行政强制法); each
 * default is the statute's figure. Names end in their unit: 行政处罚法第八十五条 makes its 二日、三日、五日、七日
 * working days and every other period calendar days.
 *
 * @param decisionCalendarDays          立案 to decision (第六十条)
 * @param decisionExtensionMaxDays      the longest single extension of the decision period an agency head may
 *                                      approve (market-regulation rules: 30 days; check local rule)
 * @param statementWorkingDays          the party's time to state and defend after 告知 (set by departmental rules;
 *                                      check)
 * @param hearingRequestWorkingDays     the party's time to ask for a hearing after 告知 (第六十四条)
 * @param hearingNoticeWorkingDays      the hearing is notified at least this long before it (第六十四条)
 * @param deliveryWorkingDays           a decision not delivered on the spot is delivered within (第六十一条)
 * @param paymentCalendarDays           a fine is paid within this many days of delivery (第六十七条)
 * @param evidencePreservationWorkingDays a decision on evidence registered and preserved within (第五十六条)
 * @param seizureCalendarDays           查封、扣押 last at most (行政强制法第二十五条)
 * @param seizureExtensionCalendarDays  and may be extended once by at most (same article)
 * @param reminderWorkingDays           after a reminder (催告书) is delivered, the court may be asked after (行政强制法
 *                                      第五十四条; 十日 counted as working days under its 第六十九条, check)
 * @param litigationMonths              the party's time to sue, from delivery (行政诉讼法第四十六条)
 * @param courtApplicationMonths        the agency applies to the court within this many months after that time
 *                                      (行政强制法第五十三条)
 * @param timeBarYears                  a violation not discovered within this many years is not punished (第三十六条)
 * @param extendedTimeBarYears          the same where life, health or financial security is involved with harmful
 *                                      consequences
 * @param latePaymentDailyRate          加处罚款 per day late (第七十二条), never more than the fine
 * @param largeFineForPersonYuan        a fine from this amount gives a citizen hearing rights (第六十三条; set by
 *                                      provinces and ministries, check)
 * @param largeFineForOrganisationYuan  the same for legal persons and other organisations
 * @param largeConfiscationForPersonYuan confiscated gains or property of this value give a citizen hearing rights
 * @param largeConfiscationForOrganisationYuan the same for organisations
 * @param legalReviewForEveryCase       the county requires 法制审核 of every general-procedure case, not only those
 *                                      of 第五十八条
 * @param dueSoonWorkingDays            a deadline this close is "due soon" and raised once
 * @param urgentApprovalHours           a 查封、扣押 taken on the spot without prior approval is approved by the head
 *                                      within this many hours, or lifted at once (行政强制法第十九条)
 * @param onTheSpotFineForPersonYuan    the largest fine a citizen may be given on the spot (简易程序, 第五十一条)
 * @param onTheSpotFineForOrganisationYuan the same for legal persons and other organisations
 * @param onTheSpotCollectionYuan       the largest fine collected on the spot without another reason (第六十八条)
 * @param onTheSpotReportWorkingDays    an on-the-spot decision is reported to the agency (备案) within (第五十二条
 *                                      sets no period; departmental rules do, e.g. market regulation: check)
 */
@ConfigurationProperties("fazhi.casework")
public record CaseworkProperties(
        @DefaultValue("90") int decisionCalendarDays,
        @DefaultValue("30") int decisionExtensionMaxDays,
        @DefaultValue("5") int statementWorkingDays,
        @DefaultValue("5") int hearingRequestWorkingDays,
        @DefaultValue("7") int hearingNoticeWorkingDays,
        @DefaultValue("7") int deliveryWorkingDays,
        @DefaultValue("15") int paymentCalendarDays,
        @DefaultValue("7") int evidencePreservationWorkingDays,
        @DefaultValue("30") int seizureCalendarDays,
        @DefaultValue("30") int seizureExtensionCalendarDays,
        @DefaultValue("10") int reminderWorkingDays,
        @DefaultValue("6") int litigationMonths,
        @DefaultValue("3") int courtApplicationMonths,
        @DefaultValue("2") int timeBarYears,
        @DefaultValue("5") int extendedTimeBarYears,
        @DefaultValue("0.03") BigDecimal latePaymentDailyRate,
        @DefaultValue("10000") long largeFineForPersonYuan,
        @DefaultValue("100000") long largeFineForOrganisationYuan,
        @DefaultValue("10000") long largeConfiscationForPersonYuan,
        @DefaultValue("100000") long largeConfiscationForOrganisationYuan,
        @DefaultValue("false") boolean legalReviewForEveryCase,
        @DefaultValue("5") int dueSoonWorkingDays,
        @DefaultValue("200") long onTheSpotFineForPersonYuan,
        @DefaultValue("3000") long onTheSpotFineForOrganisationYuan,
        @DefaultValue("100") long onTheSpotCollectionYuan,
        @DefaultValue("3") int onTheSpotReportWorkingDays,
        @DefaultValue("24") int urgentApprovalHours) {

    /** The statute's defaults, for code outside Spring (tests, the generator). */
    public static CaseworkProperties defaults() {
        return new CaseworkProperties(90, 30, 5, 5, 7, 7, 15, 7, 30, 30, 10, 6, 3, 2, 5, new BigDecimal("0.03"),
                10_000, 100_000, 10_000, 100_000, false, 5, 200, 3_000, 100, 3, 24);
    }

    /** The largest fine on the spot for this kind of party (第五十一条). */
    public Money onTheSpotFine(PartyKind party) {
        return yuan(party == PartyKind.PERSON ? onTheSpotFineForPersonYuan : onTheSpotFineForOrganisationYuan);
    }

    public Money onTheSpotCollection() {
        return yuan(onTheSpotCollectionYuan);
    }

    /** A "较大数额" fine for this kind of party: a citizen, or a legal person or other organisation. */
    public Money largeFine(PartyKind party) {
        return yuan(party == PartyKind.PERSON ? largeFineForPersonYuan : largeFineForOrganisationYuan);
    }

    public Money largeConfiscation(PartyKind party) {
        return yuan(party == PartyKind.PERSON ? largeConfiscationForPersonYuan : largeConfiscationForOrganisationYuan);
    }

    private static Money yuan(long yuan) {
        return Money.ofFen(Math.multiplyExact(yuan, 100));
    }
}
