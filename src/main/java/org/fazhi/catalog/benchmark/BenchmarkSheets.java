package org.fazhi.catalog.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fazhi.catalog.FineBasis;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.scope.AgencyNames;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.EnumLabels;
import org.fazhi.platform.spreadsheet.ExportFilters;
import org.fazhi.platform.spreadsheet.ImportTarget;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.SpreadsheetEndpoints;
import org.fazhi.platform.spreadsheet.SpreadsheetTools;
import org.fazhi.shared.DataExported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Benchmarks out to Excel, one row per tier. Benchmarks are drafted in the form, so there is no import. */
@Controller
@RequestMapping("/catalog/benchmarks")
class BenchmarkSheets extends SpreadsheetEndpoints<SignedInUser> {

    private final BenchmarkRepository repository;
    private final AgencyNames agencyNames;
    private final ApplicationEventPublisher events;
    private final EnumLabels<PenaltyKind> kinds;
    private final EnumLabels<FineBasis> bases;
    private final String yes;
    private final String no;
    private final SheetLayout layout;

    BenchmarkSheets(SpreadsheetTools tools, BenchmarkRepository repository, AgencyNames agencyNames,
                    ApplicationEventPublisher events, MessageSource messages) {
        super(tools);
        this.repository = repository;
        this.agencyNames = agencyNames;
        this.events = events;
        this.kinds = EnumLabels.of(messages, "catalog.benchmark.penalty-kind.", PenaltyKind.values());
        this.bases = EnumLabels.of(messages, "catalog.benchmark.fine-basis.", FineBasis.values());
        this.yes = messages.getMessage("common.yes", null, Locale.SIMPLIFIED_CHINESE);
        this.no = messages.getMessage("common.no", null, Locale.SIMPLIFIED_CHINESE);
        this.layout = SheetLayout.of("裁量基准",
                Column.code("itemCode", "事项编码", true, 40), Column.text("itemName", "事项名称", true, 200),
                Column.text("agency", "执法主体", true, 60), Column.text("title", "基准名称", true, 200),
                Column.date("effectiveFrom", "施行日期", true), Column.text("published", "已公布", true, 2),
                Column.text("tier", "档次", true, 20), Column.text("circumstances", "适用情形", true, 1000),
                Column.text("kinds", "处罚种类", true, 300), Column.text("fineBasis", "罚款方式", true, 20),
                Column.text("fineMin", "罚款下限（元）", false, 20), Column.text("fineMax", "罚款上限（元）", false, 20),
                Column.text("multipleMin", "倍数下限", false, 12), Column.text("multipleMax", "倍数上限", false, 12));
    }

    @Override
    protected SheetLayout layout() {
        return layout;
    }

    @Override
    protected String titleKey() {
        return "catalog.benchmark.list.title";
    }

    @Override
    protected String listPath() {
        return "/catalog/benchmarks";
    }

    @Override
    protected String fileStem() {
        return "裁量基准";
    }

    @Override
    protected ImportTarget importer(SignedInUser user) {
        throw new AccessDeniedException("catalog: benchmarks are drafted in the form, not imported");
    }

    @Override
    protected Stream<List<String>> exportRows(SignedInUser user, ExportFilters filters) {
        List<DiscretionBenchmark> found = repository.all(user.scope(), filters.as(BenchmarkRepository.Search.class));
        Map<Long, String> agencies = agencyNames.within(user.scope());
        List<List<String>> rows = new ArrayList<>();
        for (DiscretionBenchmark benchmark : found) {
            for (BenchmarkTier tier : benchmark.tiers()) {
                FineRule rule = tier.fineRule();
                rows.add(List.of(benchmark.item().code(), benchmark.item().name(),
                        agencies.getOrDefault(benchmark.item().agencyId(), ""), benchmark.title(),
                        benchmark.effectiveFrom().toString(), benchmark.published() ? yes : no, tier.name(),
                        tier.circumstances(), tier.sortedKinds().stream().map(kinds::label).collect(Collectors.joining("、")),
                        bases.label(rule.basis()), rule.min() == null ? "" : rule.min().toYuanString(),
                        rule.max() == null ? "" : rule.max().toYuanString(), rule.multipleMinText(),
                        rule.multipleMaxText()));
            }
        }
        events.publishEvent(new DataExported(Benchmarks.RECORD_TYPE, user.region(), found.size()));
        return rows.stream();
    }
}
