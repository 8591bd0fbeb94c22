package org.fazhi.casework.compulsion;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.PartyParticulars;
import org.fazhi.casework.casefile.PenaltyCase;
import org.fazhi.casework.document.CaseDocuments;
import org.fazhi.casework.document.DocumentFields;
import org.fazhi.casework.document.DocumentKind;
import org.fazhi.casework.document.Placeholder;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.NotFound;
import org.fazhi.registry.AgencyDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A measure's 执法文书 rendered through {@code casework.document} from what the measure recorded: the 查封（扣押）
 * 决定书 and its 清单 (行政强制法第二十四条) once the measure was taken, the 延长查封（扣押）期限通知书 once it was
 * extended (第二十五条), the 解除查封（扣押）决定书 once it was lifted (第二十八条). Fields the measure does not
 * know (复议机关, 人民法院) stay blank to fill by hand.
 */
@Component
class MeasureDocuments {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String[] ITEMS = {"一", "二", "三", "四", "五"};
    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** The documents of a measure, by the name in their URL. */
    enum Document {
        DECISION("decision", DocumentKind.SEIZURE_DECISION),
        LIST("list", DocumentKind.SEIZURE_LIST),
        EXTENSION("extension", DocumentKind.EXTENSION_NOTICE),
        RELEASE("release", DocumentKind.RELEASE_DECISION);

        final String path;
        final DocumentKind kind;

        Document(String path, DocumentKind kind) {
            this.path = path;
            this.kind = kind;
        }

        static Optional<Document> at(String path) {
            return Arrays.stream(values()).filter(d -> d.path.equals(path)).findFirst();
        }
    }

    private final MeasureActs acts;
    private final CaseSteps cases;
    private final CaseDocuments documents;
    private final AgencyDirectory agencies;
    private final PartyParticulars particulars;
    private final MessageSource messages;
    private final MeasureOfficers officers;
    private final MeasurePeriods periods;

    MeasureDocuments(MeasureActs acts, CaseSteps cases, CaseDocuments documents, AgencyDirectory agencies,
                     PartyParticulars particulars, MeasureOfficers officers, MeasurePeriods periods,
                     MessageSource messages) {
        this.acts = acts;
        this.cases = cases;
        this.documents = documents;
        this.agencies = agencies;
        this.particulars = particulars;
        this.messages = messages;
        this.officers = officers;
        this.periods = periods;
    }

    ResponseEntity<byte[]> download(SignedInUser user, long id, String path) {
        CompulsoryMeasure m = acts.visible(user, id);
        Document document = Document.at(path).filter(d -> issued(m, d))
                .orElseThrow(() -> new NotFound("casework.measure_document", id + "/" + path));
        byte[] docx = documents.render(document.kind, fields(user, m, document));
        String name = document.kind.title() + "-" + m.id() + ".docx";
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(docx);
    }

    CompulsoryMeasure visible(SignedInUser user, long id) {
        return acts.visible(user, id);
    }

    /** The URL names of the documents the measure has issued, for its page. */
    List<String> issued(CompulsoryMeasure m) {
        return Arrays.stream(Document.values()).filter(d -> issued(m, d)).map(d -> d.path).toList();
    }

    /**
     * The decision and its list exist once the measure was taken; the notice once it was extended; the 解除决定书
     * once it was lifted (its number drawn then).
     */
    static boolean issued(CompulsoryMeasure m, Document document) {
        return m.kind().isCompulsory() && switch (document) {
            case DECISION, LIST -> m.decisionNumber() != null;
            case EXTENSION -> m.extension() != null;
            case RELEASE -> m.lifting() != null && m.lifting().number() != null;
        };
    }

    DocumentFields fields(SignedInUser user, CompulsoryMeasure m, Document document) {
        PenaltyCase c = cases.visible(user, m.caseId());
        CompulsoryMeasure.Period period = java.util.Objects.requireNonNull(m.period());
        LocalDate originalDue = periods.limit(m.kind(), period.startedOn(), 0).date();
        CompulsoryMeasure.Extension extension = m.extension();
        CompulsoryMeasure.Lifting lifting = m.lifting();
        DocumentFields fields = common(c, m, number(m, document), day(m, document))
                .with(Placeholder.MEASURE, measureName(m.kind()));
        return switch (document) {
            case DECISION -> fields.with(Placeholder.FACTS, m.reason()).with(Placeholder.MEASURE_BASIS, m.legalBasis())
                    .with(Placeholder.MEASURE_PERIOD, periods.limitDays() + "日")
                    .with(Placeholder.MEASURE_FROM, date(period.startedOn()))
                    .with(Placeholder.MEASURE_UNTIL, date(originalDue))
                    .with(Placeholder.STORAGE_PLACE, m.placeKept());
            case LIST -> withItems(fields.with(Placeholder.STORAGE_PLACE, m.placeKept()), m);
            case EXTENSION -> fields.with(Placeholder.DECISION_NUMBER, m.decisionNumber())
                    .with(Placeholder.MEASURE_FROM, date(period.startedOn()))
                    .with(Placeholder.MEASURE_UNTIL, date(originalDue))
                    .with(Placeholder.EXTENSION_REASONS, extension == null ? null : extension.reason())
                    .with(Placeholder.EXTENDED_UNTIL, date(period.dueOn()));
            case RELEASE -> fields.with(Placeholder.DECISION_NUMBER, m.decisionNumber())
                    .with(Placeholder.MEASURE_FROM, date(period.startedOn()))
                    .with(Placeholder.LIFTING_REASON, lifting == null ? null : text("casework.measure.lifting."
                            + lifting.reason()))
                    .with(Placeholder.LIFTING_BASIS, lifting == null ? null : releaseBasis(lifting.reason()))
                    .with(Placeholder.LIFTED_ON, lifting == null ? null : date(lifting.on()))
                    .with(Placeholder.STORAGE_PLACE, m.placeKept());
        };
    }

    /** The document's own number: the decision's for the decision and its list. */
    private static @Nullable String number(CompulsoryMeasure m, Document document) {
        return switch (document) {
            case DECISION, LIST -> m.decisionNumber();
            case EXTENSION -> m.extension() == null ? null : m.extension().number();
            case RELEASE -> m.lifting() == null ? null : m.lifting().number();
        };
    }

    /** The document's day: when the measure was taken, extended or lifted. */
    private static LocalDate day(CompulsoryMeasure m, Document document) {
        LocalDate started = java.util.Objects.requireNonNull(m.period()).startedOn();
        return switch (document) {
            case DECISION, LIST -> started;
            case EXTENSION -> m.extension() == null ? started : m.extension().on();
            case RELEASE -> m.lifting() == null ? started : m.lifting().on();
        };
    }

    /** 第二十八条第一款 lists its reasons in the order of {@link LiftingReason}; an urgent measure refused is 第十九条. */
    private String releaseBasis(LiftingReason reason) {
        return reason == LiftingReason.NOT_APPROVED ? text("casework.document.release.basis.NOT_APPROVED")
                : text("casework.document.release.basis", ITEMS[reason.ordinal()]);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }

    private DocumentFields common(PenaltyCase c, CompulsoryMeasure m, @Nullable String number, LocalDate on) {
        return particulars.addTo(DocumentFields.letterhead(agencies.letterheadOf(m.agencyId()))
                .with(Placeholder.DOCUMENT_NUMBER, number)
                .with(Placeholder.DATE, date(on))
                .with(Placeholder.CASE_NUMBER, c.code())
                .with(Placeholder.OFFICERS, officers.named(m.agencyId(), m.officerIds(), on)), c.origin().partyId());
    }

    private static DocumentFields withItems(DocumentFields fields, CompulsoryMeasure m) {
        DocumentFields rows = fields;
        for (MeasureItem item : m.items()) {
            Map<Placeholder, String> row = new EnumMap<>(Placeholder.class);
            row.put(Placeholder.ITEM_NUMBER, String.valueOf(item.line()));
            row.put(Placeholder.ITEM_NAME, item.name());
            row.put(Placeholder.ITEM_SPECIFICATION, item.specification() == null ? "" : item.specification());
            row.put(Placeholder.ITEM_QUANTITY, item.amount());
            row.put(Placeholder.ITEM_REMARK, remark(item));
            rows = rows.withRow(row);
        }
        return rows;
    }

    /** The item's condition, and where it is kept when not with the rest. */
    private static String remark(MeasureItem item) {
        return String.join("；", java.util.stream.Stream.of(item.condition(), item.placeKept())
                .filter(text -> text != null && !text.isBlank()).toList());
    }

    static String measureName(MeasureKind kind) {
        return kind == MeasureKind.SEALING_UP ? "查封" : "扣押";
    }

    private static String date(LocalDate day) {
        return CHINESE_DATE.format(day);
    }
}
