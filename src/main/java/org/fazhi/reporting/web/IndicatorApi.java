package org.fazhi.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Measurement;
import org.fazhi.platform.NotFound;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "指标", description = "各模块声明的统计指标，按用户数据范围计算")
class IndicatorApi {

    record IndicatorInfo(String code, String name, String unit, String formula) {
    }

    record IndicatorResult(String code, String name, String unit, Period period, Measurement measurement) {
    }

    private final IndicatorCatalog catalog;
    private final MessageSource messages;
    private final Clock clock;

    IndicatorApi(IndicatorCatalog catalog, MessageSource messages, Clock clock) {
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "全部指标的代码、名称、单位与口径")
    List<IndicatorInfo> list() {
        return catalog.all().stream().map(indicator -> new IndicatorInfo(indicator.code(), name(indicator),
                text("indicator.unit." + indicator.unit()), text("indicator." + indicator.code() + ".formula"))).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "某指标在某年度（默认今年截至今日）的合计与分单位数值")
    IndicatorResult measure(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                            @RequestParam(required = false) @Nullable Integer year) {
        Indicator indicator = catalog.find(code).orElseThrow(() -> new NotFound("indicator", code));
        LocalDate today = LocalDate.now(clock);
        Period period = year == null || year == today.getYear() ? Period.yearToDate(today) : Period.year(year);
        return new IndicatorResult(code, name(indicator), text("indicator.unit." + indicator.unit()), period,
                catalog.measure(indicator, user.scope(), period));
    }

    private String name(Indicator indicator) {
        return text("indicator." + indicator.code() + ".name");
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
