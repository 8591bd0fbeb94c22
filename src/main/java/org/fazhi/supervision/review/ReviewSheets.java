package org.fazhi.supervision.review;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.XlsxExport;
import org.fazhi.shared.DataExported;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Case-file review as .xlsx sheets, read through the same services as the pages (so the same roles and scope):
 * the campaigns list with its filters (at most {@value #MAX_ROWS} rows), and one campaign's drawn files with their
 * reviewers, average, spread and excellent mark — an agency's staff get only their own agency's files.
 */
@Component
class ReviewSheets {

    static final int MAX_ROWS = 50_000;
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReviewCampaigns campaigns;
    private final FileReviews reviews;
    private final AgencyOptions agencies;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    ReviewSheets(ReviewCampaigns campaigns, FileReviews reviews, AgencyOptions agencies, XlsxExport export,
                 MessageSource messages, ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.reviews = reviews;
        this.agencies = agencies;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    String campaignsFileName() {
        return text("supervision.review.list.title") + ".xlsx";
    }

    /** The file's name, checking first that the user may see the campaign (404 otherwise, before any byte). */
    String filesFileName(SignedInUser user, long campaignId) {
        Campaign campaign = campaigns.visible(user, campaignId);
        return campaign.code() + " " + text("supervision.review.files") + ".xlsx";
    }

    void writeCampaigns(OutputStream out, SignedInUser user, CampaignRepository.Search search) {
        List<Campaign> rows = new ArrayList<>();
        for (int number = 1; rows.size() < MAX_ROWS; number++) {
            Page<Campaign> page = campaigns.search(user, search, PageRequest.of(number, PageRequest.MAX_SIZE));
            rows.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
        }
        events.publishEvent(new DataExported("supervision.review-campaign", user.region(), rows.size()));
        export.write(out, campaignLayout(), rows.stream().limit(MAX_ROWS).map(c -> List.of(c.code(), c.name(),
                Integer.toString(c.year()), c.periodFrom().toString(), c.periodTo().toString(),
                text("supervision.review.state." + c.state().name()),
                text("supervision.review.sample-kind." + c.sampleSize().kind().name()), c.sampleSize().value(),
                Integer.toString(c.agencyIds().size()), Integer.toString(c.directoryCount()),
                c.publicValue() == null ? "" : c.publicValue(),
                c.finishedOn() == null ? "" : c.finishedOn().toString())));
    }

    void writeFiles(OutputStream out, SignedInUser user, long campaignId) {
        List<FileReviews.FileView> files = reviews.files(user, campaignId);
        Map<Long, String> names = agencies.within(DataScope.ofRegion(user.region())).stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a));
        events.publishEvent(new DataExported("supervision.review-file", user.region(), files.size()));
        export.write(out, fileLayout(), files.stream().map(f -> List.of(Integer.toString(f.file().position()),
                f.file().caseCode(), names.getOrDefault(f.file().agencyId(), Long.toString(f.file().agencyId())),
                f.reviewers().stream().map(ReviewRepository.Assignment::name).collect(Collectors.joining("、")),
                Integer.toString(f.score().totals().size()), Integer.toString(f.score().assigned()),
                f.score().totals().stream().map(BigDecimal::toPlainString).collect(Collectors.joining("、")),
                plain(f.score().average()), plain(f.score().spread()),
                f.score().spreadFlagged() ? text("supervision.review.spread-flagged") : "",
                f.score().excellent() ? text("supervision.review.excellent") : "",
                Integer.toString(f.problems().size()),
                f.problems().stream().map(ReviewRepository.Problem::text).collect(Collectors.joining("；")))));
    }

    private SheetLayout campaignLayout() {
        return SheetLayout.of(text("supervision.review.list.title"),
                Column.text("code", text("supervision.review.code"), true, 0),
                Column.text("name", text("supervision.review.name"), true, 0),
                Column.integer("year", text("supervision.review.year"), true),
                Column.date("periodFrom", text("supervision.review.period-from"), true),
                Column.date("periodTo", text("supervision.review.period-to"), true),
                Column.text("state", text("supervision.review.state"), true, 0),
                Column.text("sampleKind", text("supervision.review.sample-kind"), true, 0),
                Column.text("sampleValue", text("supervision.review.sample-value"), true, 0),
                Column.integer("agencies", text("supervision.review.sheet.agencies"), true),
                Column.integer("directory", text("supervision.review.sheet.directory-count"), true),
                Column.text("publicValue", text("supervision.review.public-value"), false, 0),
                Column.date("finishedOn", text("supervision.review.sheet.finished-on"), false));
    }

    private SheetLayout fileLayout() {
        return SheetLayout.of(text("supervision.review.files"),
                Column.integer("position", text("supervision.review.sheet.position"), true),
                Column.text("caseCode", text("supervision.review.case-code"), true, 0),
                Column.text("agency", text("supervision.review.agency"), true, 0),
                Column.text("reviewers", text("supervision.review.reviewers"), false, 0),
                Column.integer("scored", text("supervision.review.sheet.scored"), true),
                Column.integer("assigned", text("supervision.review.sheet.assigned"), true),
                Column.text("totals", text("supervision.review.sheet.totals"), false, 0),
                Column.decimal("average", text("supervision.review.average"), false),
                Column.decimal("spread", text("supervision.review.spread"), false),
                Column.text("spreadFlagged", text("supervision.review.spread-flagged"), false, 0),
                Column.text("excellent", text("supervision.review.excellent"), false, 0),
                Column.integer("problemCount", text("supervision.review.sheet.problem-count"), true),
                Column.text("problems", text("supervision.review.problems"), false, 0));
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
