package org.fazhi.entities.bulk;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.PartyExportQuery;
import org.fazhi.entities.party.PartyFilter;
import org.fazhi.entities.party.PartySearch;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.spreadsheet.XlsxExport;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.shared.DataExported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The party list as .xlsx, streamed from a database cursor into a streaming workbook: memory stays flat for any
 * size up to the sheet's limit of a little over a million rows.
 */
@Component
class PartyExport {

    static final int MAX_ROWS = 1_048_000;

    private final Parties parties;
    private final PartyExportQuery query;
    private final PartySheet sheet;
    private final RegionDirectory regions;
    private final XlsxExport export;
    private final ApplicationEventPublisher events;

    PartyExport(Parties parties, PartyExportQuery query, PartySheet sheet, RegionDirectory regions, XlsxExport export,
                ApplicationEventPublisher events) {
        this.parties = parties;
        this.query = query;
        this.sheet = sheet;
        this.regions = regions;
        this.export = export;
        this.events = events;
    }

    void write(SignedInUser user, PartyFilter filter, OutputStream out) {
        PartySearch search = parties.searchFor(filter);
        Map<String, String> regionNames = new HashMap<>();
        regions.within(user.region()).forEach(region -> regionNames.put(region.code().value(), region.name()));
        AtomicLong count = new AtomicLong();
        query.stream(user, search, MAX_ROWS, parties -> {
            Stream<List<String>> rows = parties.map(party -> {
                count.incrementAndGet();
                return sheet.exportRow(party, regionNames.getOrDefault(party.region().value(), party.region().value()));
            });
            export.write(out, sheet.layout(), rows);
        });
        events.publishEvent(new DataExported("entities.party", user.region(), count.get()));
    }
}
