package org.fazhi.registry.region;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
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

/**
 * Townships and subdistricts in and out of Excel, for the administrator who sets up a county: code, name and kind
 * (镇, 乡 or 街道). The export lists every region in the user's scope, the county first.
 */
@Controller
@RequestMapping("/registry/regions")
class RegionSheets extends SpreadsheetEndpoints<SignedInUser> {

    private static final Pattern TOWNSHIP_CODE = Pattern.compile("[1-9][0-9]{8}");

    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final EnumLabels<RegionKind> kinds;
    private final SheetLayout layout;

    RegionSheets(SpreadsheetTools tools, Regions regions, ApplicationEventPublisher events, MessageSource messages) {
        super(tools);
        this.regions = regions;
        this.events = events;
        this.kinds = EnumLabels.of(messages, "registry.region.kind.", RegionKind.values());
        List<String> townshipKinds = List.of(kinds.label(RegionKind.TOWN), kinds.label(RegionKind.TOWNSHIP),
                kinds.label(RegionKind.SUBDISTRICT));
        this.layout = SheetLayout.of("行政区划",
                Column.code("code", "区划代码", true, 9).withExample("410425100"),
                Column.text("name", "名称", true, 40).withExample("堂街镇"),
                Column.choice("kind", "类型", true, townshipKinds));
    }

    @Override
    protected SheetLayout layout() {
        return layout;
    }

    @Override
    protected String titleKey() {
        return "registry.region.import.title";
    }

    @Override
    protected String listPath() {
        return "/registry/regions";
    }

    @Override
    protected String fileStem() {
        return "行政区划";
    }

    @Override
    protected ImportTarget importer(SignedInUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("regions are kept by the administrator");
        }
        return ImportTarget.of(layout, row -> {
            if (!TOWNSHIP_CODE.matcher(row.text("code")).matches()) {
                throw InvalidInput.of("code", "registry.region.code.pattern");
            }
            regions.addTownship(user, new RegionForm(row.text("code"), row.text("name"),
                    kinds.parse(row.text("kind")).orElseThrow(), 0));
        }, Map.of());
    }

    @Override
    protected Stream<List<String>> exportRows(SignedInUser user, ExportFilters filters) {
        List<Region> rows = regions.within(user);
        events.publishEvent(new DataExported(Regions.RECORD_TYPE, user.region(), rows.size()));
        return rows.stream().map(region -> List.of(region.code().value(), region.name(), kinds.label(region.kind())));
    }
}
